package vn.treem.cases.supportplan;

/** Kinds of support and intervention measure (Decree 56/2017 Art. 29; Mẫu 04). */
public enum MeasureType {
    MEDICAL_CARE, PSYCHOLOGICAL_SUPPORT, SAFE_SHELTER, ALTERNATIVE_CARE, PARENT_COUNSELLING, LEGAL_AID, EDUCATION_SUPPORT, SOCIAL_ASSISTANCE, OTHER
}
