package vn.treem.reporting.reports;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.concurrency.IfMatch;
import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.problem.Problem;
import vn.treem.platform.security.Roles;

@Path("/api/v1/reports")
@Tag(name = "Periodic reports", description = "Reports owed under plans' reporting regimes: filling, submission, approval")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final String IF_MATCH = "The report's ETag as last seen; a stale value answers 412, none 428";
    private static final String IDEMPOTENCY = "Makes retries safe: the same key and body return the first answer";
    private static final String HIDDEN = " A report whose reporting unit is outside the caller's unit answers 404.";

    @Inject
    ReportQueries reports;

    @Inject
    ReportService service;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.REPORT_APPROVER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "listReports", summary = "List periodic reports", description = """
            The reports expected from the units within "unit" (default: the caller's unit, which must cover it), by \
            due date, in pages of at most 200 (default 50). period keeps the reports on a period within it (2026 \
            keeps 2026H1, 2026Q3, 2026-05 and 2026); status keeps one status (default: all but CANCELLED). Roles: \
            REPORTER, REPORT_APPROVER, ANALYST, ADMIN.""")
    @APIResponse(responseCode = "200", description = "A page of reports", content = @Content(schema = @Schema(implementation = ReportView.Page.class)))
    @APIResponse(responseCode = "400", description = "Malformed period, unknown status or unit, limit out of range", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public ReportView.Page list(
            @Parameter(description = "Reporting units within this unit", example = "01") @QueryParam("unit") String unit,
            @Parameter(description = "Periods within this one", example = "2026H1") @QueryParam("period") String period,
            @Parameter(description = "Only this status", example = "SUBMITTED") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 200", example = "50") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return reports.list(unit, period, status, limit, cursor);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.REPORT_APPROVER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "getReport", summary = "Read a periodic report", description = """
            The report with the plan's tasks and indicators it covers, what was reported, its status and the allowed \
            next steps; the ETag carries its version.""" + HIDDEN
            + " Roles: REPORTER, REPORT_APPROVER, ANALYST, ADMIN.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response get(@PathParam("id") UUID id) {
        return tagged(reports.read(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REPORTER)
    @Operation(operationId = "saveReport", summary = "Save the content of a report (draft)", description = """
            Replaces the task progress and indicator values of an EXPECTED, DRAFT or RETURNED report; an EXPECTED \
            report becomes a DRAFT. Tasks must be assignments of the plan and indicators those of the report, each \
            once; the rules on values are checked at submission. A SUBMITTED report answers 409 \
            illegal-transition, an ACCEPTED (locked) one 409 conflict. Only a REPORTER of the reporting unit itself \
            (403 otherwise).""" + HIDDEN)
    @APIResponse(responseCode = "200", description = "The saved report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response save(@PathParam("id") UUID id, @NotNull @Valid ReportContentRequest content,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH, example = "\"1\"") @HeaderParam(IfMatch.HEADER) String ifMatch) {
        long version = IfMatch.version(ifMatch);
        return tagged(service.save(id, version, content));
    }

    @POST
    @Path("/{id}/submission")
    @Transactional
    @RolesAllowed(Roles.REPORTER)
    @Operation(operationId = "submitReport", summary = "Submit a report to the level above", description = """
            DRAFT or RETURNED → SUBMITTED, recording the submission time (timeliness compares it with the due date). \
            All broken rules are answered at once (400, one error per field): a value is required for every \
            indicator entry; a share in per cent lies between 0 and 100 (per mille 0 to 1000); a part (numerator) is \
            not larger than its whole (denominator) and agrees with the share; counts are whole and not negative. An \
            ACCEPTED (locked) report answers 409 conflict. Only a REPORTER of the reporting unit itself.""" + HIDDEN)
    @APIResponse(responseCode = "200", description = "The submitted report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response submit(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = IDEMPOTENCY) @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        long version = IfMatch.version(ifMatch);
        return idempotency.once(key, "POST", uri.getPath(), version, () -> tagged(service.submit(id, version)));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.REPORT_APPROVER)
    @Operation(operationId = "decideReport", summary = "Accept or return a submitted report", description = """
            SUBMITTED → ACCEPTED (the report is then locked) or RETURNED (the reporter can edit and submit again; a \
            comment saying what to correct is required). Only a REPORT_APPROVER whose unit covers the unit that \
            issued the plan — the level above the reporting unit; an approver of the level below answers 403."""
            + HIDDEN)
    @APIResponse(responseCode = "200", description = "The decided report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest decision,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = IDEMPOTENCY) @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        long version = IfMatch.version(ifMatch);
        return idempotency.once(key, "POST", uri.getPath(), decision,
                () -> tagged(service.decide(id, version, decision)));
    }

    static Response tagged(ReportView view) {
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
