package vn.treem.plans.content;

/** Which way an indicator should move. */
public enum Direction {
    INCREASE, DECREASE, MAINTAIN
}
