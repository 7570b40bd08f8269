package vn.treem.plans.importing;

/** Which way an indicator should move: tăng (INCREASE), giảm (DECREASE), duy trì (MAINTAIN). */
public enum Direction {
    INCREASE, DECREASE, MAINTAIN
}
