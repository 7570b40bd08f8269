package vn.treem.cases.child;

import java.time.LocalDate;
import java.time.Period;

/** The age groups of Circular 13/2021 statistics. A child is a person under 16 (Law on Children, Art. 1). */
public enum AgeBand {

    AGE_0_5, AGE_6_10, AGE_11_15,
    /** No longer a child: turned 16 while a case was open (statistics keep such cases apart). */
    OVER_15;

    public static final int CHILD_AGE_LIMIT = 16;

    public static AgeBand of(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("not a child's age: " + years);
        }
        return years <= 5 ? AGE_0_5 : years <= 10 ? AGE_6_10 : years <= 15 ? AGE_11_15 : OVER_15;
    }

    /** Age in whole years on {@code date}, from a birth date. */
    public static int ageOn(LocalDate birthDate, LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }
}
