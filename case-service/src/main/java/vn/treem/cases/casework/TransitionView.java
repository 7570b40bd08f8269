package vn.treem.cases.casework;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CaseHistoryEntry", description = "A step in a case's history, with the data recorded at that step")
public record TransitionView(TransitionKind kind, CaseStatus fromStatus, CaseStatus toStatus, OffsetDateTime at,
        String by, Map<String, Object> details) {

    static TransitionView of(CaseTransition entry) {
        return new TransitionView(entry.kind, entry.fromStatus, entry.toStatus, entry.at, entry.bySubject,
                entry.details);
    }
}
