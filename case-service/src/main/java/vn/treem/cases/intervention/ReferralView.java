package vn.treem.cases.intervention;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Referral")
public record ReferralView(UUID id, ReferralTarget targetType, String targetName, String reason,
        ReferralStatus status, String statusReason, LegalBasis legalBasis, String basisBy, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, @Schema(description = "Also the ETag") long version) {

    static ReferralView of(Referral r) {
        return new ReferralView(r.id, r.targetType, r.targetName, r.reason, r.status, r.statusReason, r.legalBasis,
                r.basisBy, r.createdBy, r.createdAt, r.updatedAt, r.version);
    }
}
