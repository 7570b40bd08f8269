package vn.treem.plans.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code vn.treem.plan.plan.issued.v1} (docs/events/plan.plan.issued.v1.json): codes and dates only, no title
 * or number.
 */
public record PlanIssuedEvent(UUID planId, String issuingUnitCode, String issuingUnitLevel, LocalDate issueDate,
        int periodFromYear, int periodToYear, PlanType type, PlanStatus status) {

    public static final String TYPE = "vn.treem.plan.plan.issued.v1";
}
