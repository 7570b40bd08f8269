package vn.treem.cases.casework;

/** Where a case stands in the Decree 56/2017 process. Issue #3 adds the later steps and their transitions. */
public enum CaseStatus {
    /** Reported and recorded (Art. 25); initial assessment due within 12 hours. */
    RECEIVED
}
