package vn.treem.platform.security;

import java.util.List;

/** The roles a token's {@code groups} claim can carry. */
public final class Roles {

    /** Commune child-protection worker. */
    public static final String CASE_WORKER = "CASE_WORKER";
    /** Chairman of the commune People's Committee: approves plans, orders emergency measures. */
    public static final String CASE_APPROVER = "CASE_APPROVER";
    /** Hotline 111 operator or machine client. */
    public static final String HOTLINE = "HOTLINE";
    public static final String PLANNER = "PLANNER";
    /** Agency officer who submits reports. */
    public static final String REPORTER = "REPORTER";
    public static final String REPORT_APPROVER = "REPORT_APPROVER";
    /** Sees aggregates only. */
    public static final String ANALYST = "ANALYST";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(CASE_WORKER, CASE_APPROVER, HOTLINE, PLANNER, REPORTER,
            REPORT_APPROVER, ANALYST, ADMIN);

    private Roles() {
    }
}
