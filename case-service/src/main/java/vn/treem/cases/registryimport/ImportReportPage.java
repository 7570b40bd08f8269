package vn.treem.cases.registryimport;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChildImportReport", description = "A page of an import's report, by row")
public record ImportReportPage(List<ImportIssueView> items, String nextCursor) {
}
