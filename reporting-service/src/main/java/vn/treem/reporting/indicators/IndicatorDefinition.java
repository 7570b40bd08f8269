package vn.treem.reporting.indicators;

import java.util.List;

/**
 * One indicator of the catalog: its stable code, where its values come from, what they measure and the periods it can
 * be asked for. Its Vietnamese and English names are the messages {@code indicator.<code>.name}.
 */
public record IndicatorDefinition(String code, IndicatorSource source, String unit, List<PeriodType> periodTypes) {

    public IndicatorDefinition {
        periodTypes = List.copyOf(periodTypes);
    }

    public String nameKey() {
        return "indicator." + code + ".name";
    }
}
