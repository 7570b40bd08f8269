package vn.treem.cases.intervention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.treem.cases.supportplan.MeasureType;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ServiceDelivery")
public record ServiceDeliveryView(UUID id, MeasureType type, String provider, LocalDate deliveredOn, String outcome,
        String recordedBy, OffsetDateTime recordedAt) {

    static ServiceDeliveryView of(ServiceDelivery s) {
        return new ServiceDeliveryView(s.id, s.serviceType, s.provider, s.deliveredOn, s.outcome, s.recordedBy,
                s.recordedAt);
    }
}
