package vn.treem.reporting.projection;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of {@code vn.treem.plan.plan.issued.v1} data (docs/events/plan.plan.issued.v1.json) the indicators use. The
 * issuing unit is the one of the issue date, possibly a code retired by the 2025 reform.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlanIssued(String issuingUnitCode, LocalDate issueDate) {

    static final String TYPE = "vn.treem.plan.plan.issued.v1";
}
