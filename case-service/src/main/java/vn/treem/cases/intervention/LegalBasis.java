package vn.treem.cases.intervention;

/**
 * Why a referral may share the child's data: the consents recorded, or — decided by an approver — an emergency to
 * protect life and health, or a legal duty of a state agency (Law 91/2025 cases of processing without consent).
 */
public enum LegalBasis {
    CONSENT, EMERGENCY, LEGAL_DUTY
}
