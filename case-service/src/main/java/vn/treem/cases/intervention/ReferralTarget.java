package vn.treem.cases.intervention;

/** Agencies and providers a case is referred to (Decree 56/2017 Art. 29). */
public enum ReferralTarget {
    POLICE, HEALTH_FACILITY, LEGAL_AID_CENTRE, SOCIAL_PROTECTION_CENTRE, SCHOOL, HOTLINE_111, COURT, OTHER
}
