package vn.treem.cases.child;

public enum Sex {
    MALE, FEMALE,
    /** Not known at intake (e.g. an anonymous hotline report). */
    UNKNOWN
}
