package vn.treem.platform.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document, as every Treem service and the gateway send it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. title, detail and messages follow Accept-Language (vi by default, en).")
public record Problem(
        @Schema(description = "Stable identifier of the problem type; the gateway serves a page about it", example = "/problems/validation-failed") URI type,
        @Schema(example = "Dữ liệu không hợp lệ") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Một số trường không hợp lệ, xem danh sách lỗi.") String detail,
        @Schema(description = "The request path that caused the problem", example = "/api/v1/intakes") String instance,
        @Schema(description = "Invalid fields, for validation problems") List<FieldError> errors,
        @Schema(description = "Allowed values or transitions, where relevant") List<String> allowed,
        @Schema(description = "Existing records the request may duplicate, for possible-duplicate problems") List<?> candidates) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "ProblemFieldError")
    public record FieldError(
            @Schema(example = "communeCode") String field,
            @Schema(example = "UNKNOWN_UNIT") String code,
            @Schema(example = "Mã xã/phường không tồn tại") String message) {
    }
}
