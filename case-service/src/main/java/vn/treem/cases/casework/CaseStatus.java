package vn.treem.cases.casework;

/** Where a case stands in the Decree 56/2017 process (Arts. 25–32). Transitions: {@link CaseWorkflow}. */
public enum CaseStatus {

    /** Reported and recorded (Art. 25); the initial assessment is due within 12 hours. */
    RECEIVED,
    /** Initial assessment of risk and harm done (Art. 26, Mẫu 02). */
    INITIAL_ASSESSMENT,
    /** Emergency protection or temporary separation decided (Arts. 31–32); at most 15 days unless extended. */
    EMERGENCY_PROTECTION,
    /** Information gathered and specific assessment made, needs meeting minuted (Art. 27, Mẫu 03). */
    ASSESSMENT,
    /** Support and intervention plan drafted (Art. 28, Mẫu 04); due 5 working days after the initial assessment. */
    PLAN_DRAFTED,
    /** Plan approved by the commune chairman (Mẫu 05). */
    PLAN_APPROVED,
    /** Measures being delivered (Art. 29). */
    IN_INTERVENTION,
    /** Review of the child's safety with residual risk (Art. 30, Mẫu 06). */
    UNDER_REVIEW,
    /** Closed on an approver's decision. */
    CLOSED,
    /** The child moved; waiting for the receiving commune to accept the case. */
    TRANSFERRED,
    /** Closed case opened again. */
    REOPENED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
