package vn.treem.cases.child;

import java.net.URI;
import java.time.OffsetDateTime;
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

import vn.treem.cases.access.AccessLogEntry;
import vn.treem.cases.access.AccessLogQueries;
import vn.treem.platform.concurrency.IfMatch;
import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.security.Roles;

@Path("/api/v1/children")
@Tag(name = "Children", description = "The registry of children known to the communes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
public class ChildResource {

    @Inject
    ChildQueries children;

    @Inject
    ChildService registry;

    @Inject
    AccessLogQueries accessLog;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Operation(operationId = "searchChildren", summary = "Find children; delta sync", description = """
            Finds children by name without accents ("nguyen van an" finds "Nguyễn Văn An"; every word must match a \
            whole word of the name), birth year, personal identification number and unit of residence; at least one \
            is needed, or updatedSince for delta sync (then ordered by last change; pass syncedUntil next time). Only \
            children within the caller's reach are found: living in the caller's unit or with a case there; children \
            in groups G11/G12 only for assigned workers and approvers. Pages of at most 100 (default 20). Roles: \
            CASE_WORKER, CASE_APPROVER.""")
    public ChildPage search(
            @Parameter(description = "Name or part of it, accents optional", example = "nguyen van an") @QueryParam("name") String name,
            @Parameter(description = "Year of birth", example = "2016") @QueryParam("birthYear") Integer birthYear,
            @Parameter(description = "12-digit personal identification number", example = "001216012345") @QueryParam("personalIdNumber") String personalIdNumber,
            @Parameter(description = "Unit of residence (a commune or a province)", example = "01") @QueryParam("unit") String unit,
            @Parameter(description = "Only children changed at or after this instant (delta sync)", example = "2026-11-20T00:00:00+07:00") @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return children.search(name, birthYear, personalIdNumber, unit, updatedSince, limit, cursor);
    }

    @POST
    @Transactional
    @Operation(operationId = "registerChild", summary = "Register a child", description = """
            Registers a child living in the caller's unit. Search-before-create: when a registered child has the \
            same personal identification number, or the same name (accents ignored), birth date and commune, the \
            answer is 409 possible-duplicate listing the candidates; send again with confirmNew=true to register \
            anyway. Roles: CASE_WORKER, CASE_APPROVER.""")
    @APIResponse(responseCode = "201", description = "Registered; Location is the child", content = @Content(schema = @Schema(implementation = ChildView.class)))
    public Response register(@NotNull @Valid ChildDetails details,
            @Parameter(description = "Register even though possible duplicates exist", example = "false") @QueryParam("confirmNew") boolean confirmNew,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and body return the first answer") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), details, () -> {
            ChildView view = registry.registered(details, confirmNew);
            URI location = uri.getBaseUriBuilder().path("api/v1/children/{id}").build(view.id());
            return Response.created(location).entity(view).tag(new EntityTag(String.valueOf(view.version())))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getChild", summary = "Read a child's record", description = "A child out of reach answers 404. Every read is recorded in the access log. Roles: CASE_WORKER, CASE_APPROVER.")
    @APIResponse(responseCode = "200", description = "The child; ETag carries the version", content = @Content(schema = @Schema(implementation = ChildView.class)))
    public Response get(@PathParam("id") UUID id) {
        ChildView view = children.read(id);
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateChild", summary = "Replace a child's record", description = """
            Replaces the record with the one sent. If-Match must hold the ETag last seen: when someone else changed \
            the record meanwhile the answer is 412 with the current ETag, and nothing is overwritten. Roles: \
            CASE_WORKER, CASE_APPROVER.""")
    @APIResponse(responseCode = "200", description = "The child after the change", content = @Content(schema = @Schema(implementation = ChildView.class)))
    public Response update(@PathParam("id") UUID id, @NotNull @Valid ChildDetails details,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = "The child's ETag as last seen", example = "\"2\"") @HeaderParam(IfMatch.HEADER) String ifMatch) {
        ChildView view = registry.update(id, IfMatch.version(ifMatch), details);
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @GET
    @Path("/{id}/access-log")
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "getChildAccessLog", summary = "Who read or changed a child's record", description = "Newest first, at most 500 entries. Role: CASE_APPROVER.")
    public List<AccessLogEntry> accessLog(@PathParam("id") UUID id) {
        return accessLog.ofChild(id);
    }
}
