package vn.treem.cases.deadline;

/** The statutory time limits of a case (Decree 56/2017), each configurable per province. */
public enum DeadlineKind {
    /** Initial assessment, and emergency measures where needed, within 12 hours of receipt (Arts. 26, 31). */
    INITIAL_ASSESSMENT,
    /** Emergency protection / temporary separation decided within 12 hours of receipt when the child is at risk. */
    EMERGENCY_DECISION,
    /** Support and intervention plan drafted within 5 working days of the initial assessment (Art. 28). */
    SUPPORT_PLAN,
    /** The whole plan approval procedure within 7 working days of the initial assessment (Art. 28). */
    PLAN_APPROVAL,
    /** Temporary separation at most 15 days unless extended by a competent body (Art. 32). */
    SEPARATION_END
}
