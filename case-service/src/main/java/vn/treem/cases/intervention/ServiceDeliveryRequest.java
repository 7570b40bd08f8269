package vn.treem.cases.intervention;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.treem.cases.supportplan.MeasureType;

@Schema(name = "ServiceDeliveryRequest", description = "A service delivered to the child or family")
public record ServiceDeliveryRequest(
        @NotNull @Schema(required = true, example = "MEDICAL_CARE") MeasureType type,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Trạm y tế phường Ba Đình") String provider,
        @NotNull @Schema(required = true, example = "2026-11-21") LocalDate deliveredOn,
        @Size(max = 2000) @Schema(example = "Đã khám và điều trị vết thương") String outcome) {
}
