package vn.treem.cases.child;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChildPage", description = """
        A page of children; nextCursor is absent on the last page. In delta sync (updatedSince), pass syncedUntil as \
        updatedSince next time.""")
public record ChildPage(List<ChildSummary> items, String nextCursor, OffsetDateTime syncedUntil) {
}
