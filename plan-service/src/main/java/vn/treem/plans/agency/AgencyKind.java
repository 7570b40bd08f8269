package vn.treem.plans.agency;

/** What kind of body an agency is; the directory itself is data, since names change (the 2025 ministry changes). */
public enum AgencyKind {
    PEOPLES_COMMITTEE, DEPARTMENT, POLICE, COURT, PROCURACY, MASS_ORGANISATION, MEDIA, SCHOOL, HEALTH_FACILITY, SERVICE_PROVIDER, OTHER
}
