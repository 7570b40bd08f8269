package vn.treem.cases.national;

import java.net.URI;
import java.util.List;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.problem.Problem;
import vn.treem.platform.security.Roles;

@Path("/api/v1/national-sync")
@Tag(name = "National sync", description = "The exchange with the national child database: queued changes, lookups, reconciliation")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class NationalSyncResource {

    @Inject
    NationalSyncService sync;

    @Inject
    NationalLookupService lookups;

    @Inject
    NationalReconciliationService reconciliations;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Path("/items")
    @Operation(operationId = "listNationalSyncItems", summary = "Changes queued for the national child database", description = """
            The changes of children and case statuses of the communes within the unit (the caller's by default), \
            newest first: PENDING (waiting or being retried with backoff), PARKED (refused by the national system, or \
            failed treem.national.sync.max-attempts times; waiting for an administrator) or DONE. Ids, codes and \
            times only. Pages of at most 100 (default 20). Role: ADMIN, within their unit.""")
    @APIResponse(responseCode = "400", description = "status, unit, limit or cursor invalid (/problems/validation-failed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not an administrator, or unit outside the caller's (/problems/outside-jurisdiction)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public SyncItemPage items(
            @Parameter(description = "PENDING, PARKED or DONE", example = "PARKED") @QueryParam("status") String status,
            @Parameter(description = "A commune or province within the caller's unit; the caller's unit by default", example = "01") @QueryParam("unit") String unit,
            @Parameter(description = "Only the changes of this child") @QueryParam("childId") UUID childId,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return sync.page(status, unit, childId, limit, cursor);
    }

    @GET
    @Path("/items/{id}")
    @Operation(operationId = "getNationalSyncItem", summary = "One queued change", description = "An item of a commune outside the caller's unit answers 404. Role: ADMIN.")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = SyncItemView.class)))
    public SyncItemView item(@PathParam("id") long id) {
        return sync.item(id);
    }

    @POST
    @Path("/items/{id}/requeue")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @Operation(operationId = "requeueNationalSyncItem", summary = "Send a parked change again", description = """
            Puts a parked item back in the queue, due now, with its tries counted from zero (fix the cause first: \
            the child's record, the national system's configuration). A pending item is made due now. A done item \
            answers 409. Role: ADMIN, within their unit.""")
    @APIResponse(responseCode = "200", description = "The item, pending again", content = @Content(schema = @Schema(implementation = SyncItemView.class)))
    @APIResponse(responseCode = "409", description = "Already done (/problems/conflict)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response requeue(@PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key returns the first answer") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), id, () -> Response.ok(sync.requeue(id)).build());
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "getNationalSyncSummary", summary = "How many changes wait, are parked or done", description = "For the unit (the caller's by default). Role: ADMIN, within their unit.")
    @APIResponse(responseCode = "400", description = "Unknown unit (/problems/validation-failed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public SyncSummaryView summary(
            @Parameter(description = "A commune or province within the caller's unit", example = "01") @QueryParam("unit") String unit) {
        return sync.summary(unit);
    }

    @GET
    @Path("/lookups")
    @Operation(operationId = "listNationalLookups", summary = "Who looked personal identification numbers up", description = """
            The lookups in the national database made by users of the unit (the caller's by default), newest first, \
            at most 500: who, when, the outcome and the ids found. The numbers looked up are not kept. Role: ADMIN.""")
    @APIResponse(responseCode = "400", description = "Unknown unit (/problems/validation-failed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public List<LookupLogEntry> lookupLog(
            @Parameter(description = "A commune or province within the caller's unit", example = "01") @QueryParam("unit") String unit) {
        return lookups.log(sync, unit);
    }

    @POST
    @Path("/reconciliations")
    @Transactional
    @Operation(operationId = "startNationalReconciliation", summary = "Compare a commune's children with the national database", description = """
            Starts a job that pages through the national database's children of the commune and compares them with \
            our registry: children only here, only there (with our child of the same personal identification number \
            as a candidate) and field mismatches by field name — ids and field names only, never values. Answers 202 \
            with the job; read it at Location until it is COMPLETED or FAILED. 503 when no national system is \
            configured. Role: ADMIN, for a commune within their unit.""")
    @APIResponse(responseCode = "202", description = "Started; Location is the job", content = @Content(schema = @Schema(implementation = ReconciliationView.class)))
    @APIResponse(responseCode = "403", description = "Commune outside the caller's unit (/problems/outside-jurisdiction)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "No national database configured (/problems/service-unavailable)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response reconcile(@NotNull @Valid ReconciliationRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and body return the first answer (the job already started)") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), request, () -> {
            ReconciliationView job = reconciliations.request(request);
            URI location = uri.getBaseUriBuilder().path("api/v1/national-sync/reconciliations/{id}").build(job.id());
            return Response.accepted(job).location(location).build();
        });
    }

    @GET
    @Path("/reconciliations/{id}")
    @Operation(operationId = "getNationalReconciliation", summary = "A reconciliation job and its differences", description = "A job of a commune outside the caller's unit answers 404. Role: ADMIN.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = ReconciliationView.class)))
    public ReconciliationView reconciliation(@PathParam("id") UUID id) {
        return reconciliations.get(id);
    }
}
