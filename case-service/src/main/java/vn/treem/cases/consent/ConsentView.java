package vn.treem.cases.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.treem.cases.intervention.ReferralTarget;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Consent")
public record ConsentView(UUID id, ConsentSubject subject, ConsentPurpose purpose, ReferralTarget targetType,
        ConsentDecision decision, String givenBy, String recordedBy, OffsetDateTime recordedAt) {

    static ConsentView of(Consent consent) {
        return new ConsentView(consent.id, consent.subject, consent.purpose, consent.targetType, consent.decision,
                consent.givenBy, consent.recordedBy, consent.recordedAt);
    }
}
