package vn.treem.plans.agency;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Agency")
public record AgencyView(UUID id, @Schema(example = "01") String unitCode, @Schema(example = "Sở Y tế") String name,
        AgencyKind kind, LocalDate activeFrom, LocalDate activeTo, UUID replacedBy) {

    static AgencyView of(Agency a) {
        return new AgencyView(a.id, a.unitCode, a.name, a.kind, a.activeFrom, a.activeTo, a.replacedBy);
    }
}
