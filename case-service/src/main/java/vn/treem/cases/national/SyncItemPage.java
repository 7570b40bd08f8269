package vn.treem.cases.national;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NationalSyncItemPage", description = "Newest first; nextCursor is absent on the last page")
public record SyncItemPage(List<SyncItemView> items, String nextCursor) {
}
