package vn.treem.cases.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code vn.treem.case.case.deadline-missed.v1}: a time limit passed while its step was not done. */
public record DeadlineMissedEvent(
        UUID caseId,
        String communeCode,
        String provinceCode,
        String kind,
        OffsetDateTime dueAt,
        OffsetDateTime missedAt,
        String status) {

    public static final String TYPE = "vn.treem.case.case.deadline-missed.v1";
}
