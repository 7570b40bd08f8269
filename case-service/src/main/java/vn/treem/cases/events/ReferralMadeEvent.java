package vn.treem.cases.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code vn.treem.case.case.referral-made.v1}: to which kind of agency, on which legal basis. */
public record ReferralMadeEvent(
        UUID caseId,
        UUID referralId,
        String communeCode,
        String provinceCode,
        String targetType,
        String legalBasis,
        OffsetDateTime at) {

    public static final String TYPE = "vn.treem.case.case.referral-made.v1";
}
