package vn.treem.plans.content;

/** Unit of measure of an indicator. */
public enum MeasureUnit {
    PERCENT, COUNT, PER_MILLE, RATIO
}
