package vn.treem.cases.casework;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CasePage", description = """
        A page of cases, ordered by last change. nextCursor is absent on the last page. For delta sync, pass \
        syncedUntil as updatedSince next time: every change before it is in this answer or an earlier one.""")
public record CasePage(List<CaseSummary> items, String nextCursor, OffsetDateTime syncedUntil) {
}
