package vn.treem.plans.progress;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.concurrency.IfMatch;
import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.security.Roles;

@Path("/api/v1/plans/{planId}/progress")
@Tag(name = "Plans", description = "Plans (Kế hoạch) issued by People's Committees")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    ProgressService progress;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.REPORTER, Roles.REPORT_APPROVER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "getPlanProgress", summary = "Where a plan stands", description = """
            Each assignment's status (NOT_STARTED, IN_PROGRESS, DONE; OVERDUE when its deadline passed before DONE) \
            and each indicator's latest actual value against its next target: ON_TRACK, AT_RISK, OFF_TRACK or \
            NO_DATA (rule: docs/plan-progress.md). Roles: PLANNER, REPORTER, REPORT_APPROVER, ANALYST, ADMIN.""")
    public ProgressView get(@PathParam("planId") UUID planId) {
        return progress.progress(planId);
    }

    @PUT
    @Path("/assignments/{assignmentId}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PLANNER})
    @Operation(operationId = "reportAssignmentStatus", summary = "Report the status of an assignment", description = """
            By a reporter or planner of the issuing unit or a unit within it. If-Match holds the assignment's \
            progress version ("0" before the first report). Publishes vn.treem.plan.assignment.status-changed.v1 \
            when the status changes. Roles: REPORTER, PLANNER.""")
    public Response report(@PathParam("planId") UUID planId, @PathParam("assignmentId") UUID assignmentId,
            @NotNull @Valid ProgressRequests.Status request,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = "Progress version as last seen", example = "\"0\"") @HeaderParam(IfMatch.HEADER) String ifMatch) {
        ProgressView.AssignmentLine line = progress.reportStatus(planId, assignmentId, IfMatch.version(ifMatch),
                request);
        return Response.ok(line).tag(new EntityTag(String.valueOf(line.version()))).build();
    }

    @POST
    @Path("/indicator-actuals")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PLANNER})
    @Operation(operationId = "reportIndicatorActual", summary = "Report an indicator's actual value for a year", description = "Replaces an earlier value of the same year. Roles: REPORTER, PLANNER.")
    public Response actual(@PathParam("planId") UUID planId, @NotNull @Valid ProgressRequests.Actual request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), request, () -> {
            progress.reportActual(planId, request);
            return Response.noContent().build();
        });
    }
}
