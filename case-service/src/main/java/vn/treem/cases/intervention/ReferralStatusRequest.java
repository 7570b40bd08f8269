package vn.treem.cases.intervention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralStatusRequest", description = "The agency's answer or the referral's completion")
public record ReferralStatusRequest(
        @NotNull @Schema(required = true, example = "ACCEPTED") ReferralStatus status,
        @Size(max = 2000) @Schema(description = "Required when DECLINED", example = "Không đủ chỗ tiếp nhận") String reason) {
}
