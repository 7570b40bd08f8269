package vn.treem.cases.consent;

/** What the consent covers: processing the child's data at all, or a referral (of one kind, or of any kind). */
public enum ConsentPurpose {
    PROCESSING, REFERRAL
}
