package vn.treem.reporting.indicators;

/** Dimensions an indicator value can be broken down by ({@code ?by=}), as in the phân tổ of Circular 13/2021. */
public enum Disaggregation {
    SEX, AGE_BAND, GROUP, FORM_OF_ABUSE, ETHNICITY, CHANNEL, DEADLINE_KIND
}
