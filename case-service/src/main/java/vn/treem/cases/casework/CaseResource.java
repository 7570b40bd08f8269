package vn.treem.cases.casework;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import vn.treem.cases.access.AccessLogEntry;
import vn.treem.cases.access.AccessLogQueries;
import vn.treem.platform.concurrency.IfMatch;
import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Child-protection cases and their process (Decree 56/2017)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
public class CaseResource {

    private static final String ROLES = " Roles: CASE_WORKER, CASE_APPROVER.";
    private static final String IF_MATCH = "The case's ETag as last seen; a stale value answers 412, none 428";
    private static final String IDEMPOTENCY = "Makes retries safe: the same key and body return the first answer";

    @Inject
    CaseQueries cases;

    @Inject
    CaseWorkflowService workflow;

    @Inject
    AccessLogQueries accessLog;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Operation(operationId = "listCases", summary = "List cases; delta sync", description = """
            The cases within the caller's reach, ordered by last change, in pages of at most 100 (default 20). For \
            delta sync pass the previous answer's syncedUntil as updatedSince. overdue=true lists cases with a \
            deadline passed while its step is not done. A case is within reach when the commune handling it, where \
            it happened, where the child lives or to which it is being transferred is within the caller's unit; \
            sexual-abuse and trafficking cases only for assigned workers and approvers.""" + ROLES)
    public CasePage list(
            @Parameter(description = "Only cases in this status", example = "RECEIVED") @QueryParam("status") CaseStatus status,
            @Parameter(description = "Only cases with an overdue deadline", example = "true") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only cases changed at or after this instant (delta sync)", example = "2026-11-20T00:00:00+07:00") @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Parameter(description = "Only cases of communes within this unit", example = "00004") @QueryParam("unit") String unit,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return cases.list(status, overdue, updatedSince, unit, limit, cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCase", summary = "Read a case", description = """
            The case with its child, intake (Mẫu 01), deadlines and allowed next steps. The informant is shown to the \
            case team only (assigned workers and approvers). A case out of reach answers 404, as if it did not exist. \
            Every read is recorded in the access log.""" + ROLES)
    @APIResponse(responseCode = "200", description = "The case; ETag carries its version", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response get(@PathParam("id") UUID id) {
        return tagged(cases.read(id));
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(operationId = "getCaseHistory", summary = "History of a case", description = "Every step, with the data recorded at that step, oldest first."
            + ROLES)
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return cases.history(id);
    }

    @POST
    @Path("/{id}/transitions")
    @Transactional
    @Operation(operationId = "transitionCase", summary = "Take the next step of the process", description = """
            Moves the case to the status in "to" with that step's data (see CaseTransitionRequest). An illegal step \
            answers 409 with the allowed next steps. Closing needs a CASE_APPROVER. Deadlines are met, started or \
            cancelled as the step requires.""" + ROLES)
    @APIResponse(responseCode = "200", description = "The case after the step", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response transition(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH, example = "\"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = IDEMPOTENCY) @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        long version = IfMatch.version(ifMatch);
        return idempotency.once(key, "POST", uri.getPath(), request,
                () -> tagged(workflow.transition(id, version, request)));
    }

    @POST
    @Path("/{id}/transfer-decision")
    @Transactional
    @Operation(operationId = "decideCaseTransfer", summary = "Accept or decline a transferred case", description = """
            For the receiving commune: accepting makes the case (and the child's residence) theirs; either way the case \
            returns to the status it had before the transfer."""
            + ROLES)
    public Response decideTransfer(@PathParam("id") UUID id, @NotNull @Valid TransferDecisionRequest decision,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = IDEMPOTENCY) @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        long version = IfMatch.version(ifMatch);
        return idempotency.once(key, "POST", uri.getPath(), decision,
                () -> tagged(workflow.decideTransfer(id, version, decision)));
    }

    @POST
    @Path("/{id}/emergency-protection/extensions")
    @Transactional
    @Operation(operationId = "extendEmergencyProtection", summary = "Extend an emergency protection or separation", description = "Records an extension decided by a competent body (Art. 32) and moves the end-date deadline."
            + ROLES)
    public Response extend(@PathParam("id") UUID id, @NotNull @Valid ExtensionRequest extension,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = IDEMPOTENCY) @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        long version = IfMatch.version(ifMatch);
        return idempotency.once(key, "POST", uri.getPath(), extension,
                () -> tagged(workflow.extend(id, version, extension)));
    }

    @POST
    @Path("/{id}/assignments")
    @Transactional
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "assignCaseWorker", summary = "Assign a worker to a case", description = "Assigned workers see sexual-abuse and trafficking cases and the informant. Role: CASE_APPROVER.")
    public Response assign(@PathParam("id") UUID id, @NotNull @Valid AssignmentRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = IDEMPOTENCY) @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), request,
                () -> tagged(workflow.assign(id, request.worker())));
    }

    @DELETE
    @Path("/{id}/assignments/{worker}")
    @Transactional
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "unassignCaseWorker", summary = "Remove a worker from a case", description = "Role: CASE_APPROVER.")
    public Response unassign(@PathParam("id") UUID id, @PathParam("worker") String worker) {
        return tagged(workflow.unassign(id, worker));
    }

    @GET
    @Path("/{id}/access-log")
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "getCaseAccessLog", summary = "Who read or changed a case", description = "Newest first, at most 500 entries. Role: CASE_APPROVER.")
    public List<AccessLogEntry> accessLog(@PathParam("id") UUID id) {
        return accessLog.ofCase(id);
    }

    static Response tagged(CaseView view) {
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
