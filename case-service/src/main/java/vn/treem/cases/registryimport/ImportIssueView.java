package vn.treem.cases.registryimport;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChildImportIssue", description = "Why a row of an imported file was not imported")
public record ImportIssueView(
        @Schema(description = "Row number as the spreadsheet shows it (the header is usually row 1)", example = "7") int row,
        @Schema(description = "INVALID (the row has errors) or DUPLICATE (the child is already registered, or appears earlier in the file)", example = "INVALID") String kind,
        @Schema(description = "The field, as in the JSON of /api/v1/children", example = "personalIdNumber") String field,
        @Schema(description = "The column heading in the language of Accept-Language", example = "Số định danh cá nhân") String column,
        @Schema(example = "ID_BIRTH_YEAR_MISMATCH") String code,
        @Schema(example = "Chữ số thứ tư đến thứ sáu không khớp với năm sinh của trẻ") String message,
        @Schema(description = "For a duplicate: the registered child, when within the caller's reach") UUID childId) {
}
