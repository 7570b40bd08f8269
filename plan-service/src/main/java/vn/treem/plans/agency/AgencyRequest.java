package vn.treem.plans.agency;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyRequest", description = "An agency of a unit's directory")
public record AgencyRequest(
        @NotBlank @Size(max = 10) @Schema(required = true, example = "01") String unitCode,
        @NotBlank @Size(max = 300) @Schema(required = true, example = "Sở Y tế") String name,
        @NotNull @Schema(required = true, example = "DEPARTMENT") AgencyKind kind,
        @Schema(example = "2025-03-01") LocalDate activeFrom,
        @Schema(description = "The agency this one replaces (its entry gets an end date)") UUID replaces) {
}
