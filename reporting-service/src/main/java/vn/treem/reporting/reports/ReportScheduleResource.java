package vn.treem.reporting.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/api/v1/report-schedules")
@Tag(name = "Report schedules", description = "Completeness and timeliness of the expected periodic reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportScheduleResource {

    @Inject
    ReportQueries reports;

    @GET
    @Path("/completeness")
    @RolesAllowed({Roles.REPORTER, Roles.REPORT_APPROVER, Roles.ANALYST, Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "getReportCompleteness", summary = "Completeness and timeliness of reports", description = """
            For the reports expected from a unit and the units within it on periods within "period" (2026 covers \
            2026H1, 2026Q3, 2026-05 and 2026): how many are expected, received (SUBMITTED or ACCEPTED), received on \
            time (latest submission on or before the due date, Vietnamese time) or late, missing (not received, due \
            date passed) or pending (not yet due); completeness = received / expected and timeliness = on time / \
            expected, in per cent; and the late units (missing or received late). The unit must lie within the \
            caller's unit (403 outside-jurisdiction). Roles: REPORTER, REPORT_APPROVER, ANALYST, PLANNER, ADMIN.""")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = CompletenessView.class)))
    @APIResponse(responseCode = "400", description = "unit or period missing, malformed period, unknown unit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public CompletenessView completeness(
            @Parameter(description = "Administrative unit", example = "01", required = true) @QueryParam("unit") String unit,
            @Parameter(description = "Period: 2026, 2026H1, 2026Q3 or 2026-05", example = "2026", required = true) @QueryParam("period") String period) {
        return reports.completeness(unit, period);
    }
}
