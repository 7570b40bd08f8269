package vn.treem.plans.importing;

/** Unit of an indicator: percent (%), count, per mille (‰, /1.000) or ratio. */
public enum MeasureUnit {
    PERCENT, COUNT, PER_MILLE, RATIO
}
