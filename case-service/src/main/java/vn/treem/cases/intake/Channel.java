package vn.treem.cases.intake;

/** How a report of concern reached the commune (form Mẫu 01, "nguồn thông tin"). */
public enum Channel {
    HOTLINE_111, PHONE, IN_PERSON, THIRD_PARTY, SCHOOL, POLICE, HEALTH_FACILITY, ONLINE
}
