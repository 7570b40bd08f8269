package vn.treem.cases.access;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessLogEntry", description = "Who read or changed a record, when, and which parts of it")
public record AccessLogEntry(
        @Schema(example = "CASE") RecordType recordType,
        @Schema(example = "worker-ba-dinh-1") String subject,
        @Schema(example = "READ") String action,
        @Schema(example = "[\"case\", \"child\", \"intake\"]") List<String> fields,
        OffsetDateTime at) {
}
