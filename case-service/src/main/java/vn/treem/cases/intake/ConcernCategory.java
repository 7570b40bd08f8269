package vn.treem.cases.intake;

/**
 * What the report is about: a form of abuse (xâm hại) used in statistics, a risk of abuse, a special circumstance (Law
 * on Children Art. 10) or an injury tracked by plans.
 */
public enum ConcernCategory {
    VIOLENCE, EXPLOITATION, SEXUAL_ABUSE, TRAFFICKING, ABANDONMENT, NEGLECT, OTHER_ABUSE, AT_RISK_OF_ABUSE, SPECIAL_CIRCUMSTANCES, DROWNING, TRAFFIC_ACCIDENT, OTHER_INJURY
}
