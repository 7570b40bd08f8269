package vn.treem.reporting.indicators;

import java.util.List;

/**
 * One indicator of the catalog: its stable code, the Circular 13/2021 code where known, where its values come from, its
 * unit and formula, the dimensions it can be broken down by, the periods it can be asked for and the agencies that lead
 * and cooperate on it. Its Vietnamese and English names and definitions are the messages {@code indicator.<code>.name}
 * and {@code indicator.<code>.definition}.
 */
public record IndicatorDefinition(String code, String circularCode, IndicatorSource source, String unit,
        Formula formula, List<Disaggregation> disaggregations, List<PeriodType> periodTypes, String leadAgency,
        List<String> cooperatingAgencies) {

    public IndicatorDefinition {
        disaggregations = List.copyOf(disaggregations);
        periodTypes = List.copyOf(periodTypes);
        cooperatingAgencies = List.copyOf(cooperatingAgencies);
    }

    /** numerator / denominator × factor; a count has no denominator and factor 1. */
    public record Formula(String numerator, String denominator, int factor) {

        public static Formula count(String what) {
            return new Formula(what, null, 1);
        }

        public static Formula share(String numerator, String denominator) {
            return new Formula(numerator, denominator, 100);
        }
    }

    public String nameKey() {
        return "indicator." + code + ".name";
    }

    public String definitionKey() {
        return "indicator." + code + ".definition";
    }

    public boolean isShare() {
        return formula.denominator() != null;
    }
}
