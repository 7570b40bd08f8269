package vn.treem.plans.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PlanChange", description = "One difference between two versions of a plan")
public record PlanChange(
        @Schema(description = "Where, as a JSON pointer into the plan", example = "/content/objectives/1/indicators/0/targets/0/value") String path,
        @Schema(description = "ADDED, REMOVED or CHANGED", example = "CHANGED") String kind,
        JsonNode before,
        JsonNode after) {
}
