package vn.treem.cases.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralRequest", description = """
        A referral. It needs the recorded consent of the parent or guardian and of the child (7 or older); without \
        it, only a CASE_APPROVER can refer, giving the legal basis EMERGENCY or LEGAL_DUTY.""")
public record ReferralRequest(
        @NotNull @Schema(required = true, example = "HEALTH_FACILITY") ReferralTarget targetType,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Bệnh viện Nhi Trung ương") String targetName,
        @NotBlank @Size(max = 2000) @Schema(required = true, example = "Khám và điều trị chấn thương") String reason,
        @Schema(description = "Only without consent, by an approver: EMERGENCY or LEGAL_DUTY", example = "EMERGENCY") LegalBasis legalBasis) {
}
