package vn.treem.cases.intake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code vn.treem.case.case.opened.v1} (schema: docs/events/case.case.opened.v1.json). Codes, ids and bands
 * only: no name, birth date or free text leaves case-service.
 */
public record CaseOpenedEvent(
        UUID caseId,
        UUID intakeId,
        String communeCode,
        String provinceCode,
        Channel channel,
        OffsetDateTime receivedAt,
        List<ConcernCategory> concernCategories,
        String childSex,
        String childAgeBand,
        String status) {

    public static final String TYPE = "vn.treem.case.case.opened.v1";
}
