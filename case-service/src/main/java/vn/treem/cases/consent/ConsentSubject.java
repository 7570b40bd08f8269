package vn.treem.cases.consent;

/** Whose consent: the child's (needed from 7 years old) or the parent's or guardian's. */
public enum ConsentSubject {
    CHILD, PARENT_OR_GUARDIAN
}
