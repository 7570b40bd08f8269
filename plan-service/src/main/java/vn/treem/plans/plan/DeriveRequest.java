package vn.treem.plans.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DerivePlanRequest", description = "A lower unit drafts its own plan implementing a higher one")
public record DeriveRequest(
        @NotBlank @Size(max = 10) @Schema(required = true, description = "The lower unit (current hierarchy)", example = "00004") String unitCode,
        @Schema(description = "Provisional issue date (default today)", example = "2026-12-01") LocalDate issueDate) {
}
