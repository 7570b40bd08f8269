package vn.treem.cases.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The person who reported (Mẫu 01, "người cung cấp thông tin"). Stored only when they agree, and shown only to the case
 * team (assigned workers and approvers).
 */
@Schema(name = "Informant")
public record Informant(
        @NotBlank @Size(max = 150) @Schema(example = "Trần Thị Bình") String fullName,
        @Pattern(regexp = "\\+?[0-9][0-9 .-]{7,19}") @Schema(example = "0912345678") String phone,
        @Size(max = 100) @Schema(description = "Relationship to the child", example = "Hàng xóm") String relationship,
        @Size(max = 300) @Schema(example = "Thôn 3, xã Bản Lầu") String address) {
}
