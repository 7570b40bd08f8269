package vn.treem.cases.national;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NationalReconciliation", description = "Our registry against the national one for a commune: ids and field names only")
public record ReconciliationView(
        UUID id,
        @Schema(example = "00004") String communeCode,
        @Schema(description = "RUNNING, COMPLETED or FAILED", example = "COMPLETED") String status,
        String requestedBy,
        OffsetDateTime requestedAt,
        OffsetDateTime finishedAt,
        @Schema(description = "FAILED: why, as a code (e.g. REMOTE_5XX, TIMEOUT)") String failureCode,
        @Schema(description = "Children of the commune in our registry") Integer localCount,
        @Schema(description = "Children of the commune in the national database") Integer remoteCount,
        @Schema(description = "Records alike on both sides") Integer matched,
        Integer onlyHere,
        Integer onlyThere,
        Integer mismatched,
        @Schema(description = "Differences, at most treem.national.reconciliation.max-differences") List<Difference> differences,
        @Schema(description = "True when there were more differences than listed") Boolean truncated) {

    static ReconciliationView of(NationalReconciliation job) {
        return new ReconciliationView(job.id, job.communeCode, job.status.name(), job.requestedBy, job.requestedAt,
                job.finishedAt, job.failureCode, job.localCount, job.remoteCount, job.matchedCount,
                job.onlyHereCount, job.onlyThereCount, job.mismatchCount, job.differences,
                job.status == NationalReconciliation.Status.COMPLETED ? job.truncated : null);
    }
}
