package vn.treem.cases.national;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NationalReconciliationRequest", description = "The commune to reconcile")
public record ReconciliationRequest(
        @NotNull @Pattern(regexp = "\\d{5}") @Schema(required = true, description = "A commune of the current hierarchy within the caller's unit", example = "00004") String communeCode) {
}
