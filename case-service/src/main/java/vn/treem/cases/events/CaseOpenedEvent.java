package vn.treem.cases.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.treem.cases.child.SpecialCircumstance;
import vn.treem.cases.intake.Channel;
import vn.treem.cases.intake.ConcernCategory;

/**
 * Data of {@code vn.treem.case.case.opened.v1} (schema: docs/events/case.case.opened.v1.json). Codes, ids and bands
 * only: no name, birth date, ID number, address or free text leaves case-service.
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
        String status,
        UUID childId,
        String childResidenceCommuneCode,
        List<SpecialCircumstance> childGroups,
        OffsetDateTime initialAssessmentDueAt) {

    public static final String TYPE = "vn.treem.case.case.opened.v1";
}
