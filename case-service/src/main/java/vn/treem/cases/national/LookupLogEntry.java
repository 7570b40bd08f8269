package vn.treem.cases.national;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NationalLookupLogEntry", description = "Who looked a personal identification number up, and what was found (the number is not kept)")
public record LookupLogEntry(long id, String subject, @Schema(example = "00004") String unit, OffsetDateTime at,
        @Schema(description = "FOUND, NOT_FOUND or UNAVAILABLE") String outcome, List<String> nationalIds,
        List<String> childIds) {

    static LookupLogEntry of(NationalLookupLog log) {
        return new LookupLogEntry(log.id, log.subject, log.unitCode, log.at, log.outcome, split(log.nationalIds),
                split(log.childIds));
    }

    private static List<String> split(String value) {
        return value == null || value.isEmpty() ? null : List.of(value.split(","));
    }
}
