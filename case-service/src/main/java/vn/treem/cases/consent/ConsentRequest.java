package vn.treem.cases.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.treem.cases.intervention.ReferralTarget;

@Schema(name = "ConsentRequest", description = "A consent decision of the child or of the parent/guardian")
public record ConsentRequest(
        @NotNull @Schema(required = true, example = "PARENT_OR_GUARDIAN") ConsentSubject subject,
        @NotNull @Schema(required = true, example = "REFERRAL") ConsentPurpose purpose,
        @Schema(description = "For REFERRAL: the kind of agency; absent covers any referral", example = "HEALTH_FACILITY") ReferralTarget targetType,
        @NotNull @Schema(required = true, example = "GIVEN") ConsentDecision decision,
        @Size(max = 150) @Schema(description = "Who decided (for a parent or guardian)", example = "Nguyễn Thị Hoa") String givenBy) {
}
