package vn.treem.plans.progress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code vn.treem.plan.indicator-actual.reported.v1}: the actual value of a plan indicator in a year, for the
 * plan's issuing unit (docs/events/plan.indicator-actual.reported.v1.json). The source text is not carried.
 */
public record IndicatorActualReportedEvent(UUID planId, UUID seriesId, String issuingUnitCode, String indicatorCode,
        int year, BigDecimal value, OffsetDateTime reportedAt) {

    public static final String TYPE = "vn.treem.plan.indicator-actual.reported.v1";
}
