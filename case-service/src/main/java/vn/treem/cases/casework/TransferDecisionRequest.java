package vn.treem.cases.casework;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransferDecision", description = "The receiving commune accepts or declines a transferred case")
public record TransferDecisionRequest(
        @NotNull @Schema(required = true, example = "true") Boolean accept,
        @Size(max = 2000) @Schema(example = "Gia đình đã chuyển về sinh sống tại phường") String reason) {
}
