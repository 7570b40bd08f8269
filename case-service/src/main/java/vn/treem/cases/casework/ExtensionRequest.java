package vn.treem.cases.casework;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeparationExtension", description = "Extension of an emergency protection or temporary separation by a competent body (Art. 32)")
public record ExtensionRequest(
        @NotNull @Schema(required = true, example = "2026-12-20") LocalDate newEndsOn,
        @NotBlank @Size(max = 2000) @Schema(required = true, example = "Chưa xác định được nơi ở an toàn cho trẻ") String reason,
        @NotBlank @Size(max = 150) @Schema(required = true, example = "Tòa án nhân dân khu vực 1 - Hà Nội") String decidedBy) {
}
