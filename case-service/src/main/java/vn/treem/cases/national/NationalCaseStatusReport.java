package vn.treem.cases.national;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A case's status as the national child database receives it: ids and codes only, no personal data. Kept as it was at
 * the change in the sync outbox, so that every step reaches the national system, in order.
 *
 * @param externalCaseId
 *            our case id
 * @param externalChildId
 *            our child id (the child's record is pushed first)
 * @param status
 *            the national status code ({@link NationalCodes#caseStatus})
 * @param sequence
 *            orders the reports of one case: the national system ignores one older than the last it holds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NationalCaseStatusReport(String externalCaseId, String externalChildId, String sourceSystem,
        long sequence, String communeCode, String status, String treemStatus, OffsetDateTime statusSince,
        OffsetDateTime openedAt, OffsetDateTime closedAt, List<String> concernCategories, String riskLevel) {
}
