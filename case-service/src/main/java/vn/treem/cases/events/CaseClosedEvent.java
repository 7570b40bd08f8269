package vn.treem.cases.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.treem.cases.intake.ConcernCategory;

/** Data of {@code vn.treem.case.case.closed.v1}. */
public record CaseClosedEvent(
        UUID caseId,
        String communeCode,
        String provinceCode,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt,
        List<ConcernCategory> concernCategories,
        String childSex,
        String childAgeBand,
        String residualRisk,
        long servicesDelivered,
        long referralsMade) {

    public static final String TYPE = "vn.treem.case.case.closed.v1";
}
