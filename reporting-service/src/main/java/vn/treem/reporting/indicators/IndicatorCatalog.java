package vn.treem.reporting.indicators;

import java.util.List;
import java.util.Optional;

/**
 * The indicators reporting-service computes. Each is a count kept per administrative unit and month
 * ({@link IndicatorCount}), so every period type adds up from months and every unit from the units below it. New
 * computed indicators are added here and fed by a rule in the projection; disaggregations (sex, age band, concern
 * category) will become further dimensions of the count.
 */
public final class IndicatorCatalog {

    /** Reports of concern about a child received (intakes), by the commune where it happened and the receipt month. */
    public static final String INTAKES_RECEIVED = "INTAKES_RECEIVED";
    /** Plans (Kế hoạch) issued by a People's Committee, by the issuing unit and the issue month. */
    public static final String PLANS_ISSUED = "PLANS_ISSUED";

    /** A count of things. */
    public static final String COUNT = "count";

    private static final List<PeriodType> ALL_PERIODS = List.of(PeriodType.values());

    private static final List<IndicatorDefinition> INDICATORS = List.of(
            new IndicatorDefinition(INTAKES_RECEIVED, IndicatorSource.COMPUTED, COUNT, ALL_PERIODS),
            new IndicatorDefinition(PLANS_ISSUED, IndicatorSource.COMPUTED, COUNT, ALL_PERIODS));

    private IndicatorCatalog() {
    }

    public static List<IndicatorDefinition> all() {
        return INDICATORS;
    }

    public static Optional<IndicatorDefinition> find(String code) {
        return INDICATORS.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return INDICATORS.stream().map(IndicatorDefinition::code).toList();
    }
}
