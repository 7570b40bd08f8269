package vn.treem.plans.plan;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PlanPage", description = "A page of plans; nextCursor is absent on the last page")
public record PlanPage(List<PlanView> items, String nextCursor) {
}
