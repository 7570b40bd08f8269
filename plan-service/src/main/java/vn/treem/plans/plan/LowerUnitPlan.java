package vn.treem.plans.plan;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LowerUnitPlan", description = "Whether a lower unit has its own plan implementing this one")
public record LowerUnitPlan(@Schema(example = "00004") String unitCode,
        @Schema(example = "Phường Ba Đình") String unitName,
        @Schema(description = "NONE, DRAFT, ISSUED or CLOSED", example = "ISSUED") String state, UUID planId) {
}
