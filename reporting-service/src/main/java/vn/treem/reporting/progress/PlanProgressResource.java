package vn.treem.reporting.progress;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.problem.Problem;
import vn.treem.platform.security.Roles;

@Path("/api/v1/plan-progress")
@Tag(name = "Plan progress", description = "Targets against actuals and tasks by status of issued plans and the plans derived from them")
@Produces(MediaType.APPLICATION_JSON)
public class PlanProgressResource {

    @Inject
    PlanProgressQueries progress;

    @GET
    @Path("/{planId}")
    @RolesAllowed({Roles.ANALYST, Roles.PLANNER, Roles.REPORTER, Roles.REPORT_APPROVER, Roles.ADMIN})
    @Operation(operationId = "getPlanProgressData", summary = "Progress of a plan and of the plans derived from it", description = """
            For each indicator of the plan (the version in force): the target against the actual of every year of \
            the plan for the plan's unit, and of the selected year for every unit directly below (with the target of \
            the unit's own derived plan, or for a share the plan's target), each judged ON_TRACK, AT_RISK, OFF_TRACK \
            or NO_DATA by the rule of docs/plan-progress.md. Actuals of indicators measured by a computed catalog \
            indicator come from the case data (the same figures as /indicator-values, up to date within seconds); \
            the others from the values reported on the plan and in accepted periodic reports (the latest), or the \
            accepted reports of the units below summed. Also the plan's tasks by status (OVERDUE: past the deadline \
            and not DONE) and those of each derived plan. The plan's unit must lie within the caller's unit (404 \
            otherwise). Roles: ANALYST, PLANNER, REPORTER, REPORT_APPROVER, ADMIN.""")
    @APIResponse(responseCode = "200", description = "The progress data", content = @Content(schema = @Schema(implementation = PlanProgressView.class)))
    @APIResponse(responseCode = "400", description = "The year is outside the plan's period (/problems/validation-failed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "404", description = "No issued plan with this id, or outside the caller's jurisdiction", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public PlanProgressView get(
            @Parameter(description = "Any version of the plan") @PathParam("planId") UUID planId,
            @Parameter(description = "The year the units below are shown for (default: this year, within the plan's period)", example = "2026") @QueryParam("year") Integer year) {
        return progress.progress(planId, year);
    }
}
