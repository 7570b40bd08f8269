package vn.treem.plans.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code vn.treem.plan.plan.closed.v1}: the plan is finished; no more reports are expected under it. */
public record PlanClosedEvent(UUID planId, UUID seriesId, String issuingUnitCode, OffsetDateTime closedAt) {

    public static final String TYPE = "vn.treem.plan.plan.closed.v1";
}
