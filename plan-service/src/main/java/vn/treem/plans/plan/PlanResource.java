package vn.treem.plans.plan;

import java.net.URI;
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

import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.problem.Problem;
import vn.treem.platform.security.Roles;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Plans (Kế hoạch) issued by People's Committees")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    PlanQueries queries;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "createPlan", summary = "Register an issued plan", description = """
            Registers a plan as issued by a People's Committee. The issuing unit must exist on the issue date (a 2022 \
            plan of a province merged in 2025 keeps its old code) and lie within the caller's jurisdiction on that \
            date. A number already used by the same unit in the same year is a conflict. Roles: PLANNER, ADMIN. \
            Send an Idempotency-Key to retry safely.""")
    @APIResponse(responseCode = "201", description = "Plan registered; Location is the plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "Number already used by this unit this year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid PlanRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and body return the first answer") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST", uri.getPath(), request, () -> {
            PlanView plan = plans.issue(request);
            URI location = uri.getBaseUriBuilder().path("api/v1/plans/{id}").build(plan.id());
            return Response.created(location).entity(plan).tag(new EntityTag(String.valueOf(plan.version()))).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.HOTLINE, Roles.PLANNER, Roles.REPORTER,
            Roles.REPORT_APPROVER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "getPlan", summary = "Read a plan", description = """
            A plan the caller may see: issued by their unit or a unit below it, or by a unit above it (the plans \
            they implement). Others answer 404. Any role.""")
    @APIResponse(responseCode = "200", description = "The plan; ETag carries its version", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response get(@PathParam("id") UUID id) {
        PlanView plan = queries.read(id);
        return Response.ok(plan).tag(new EntityTag(String.valueOf(plan.version()))).build();
    }

    @GET
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.HOTLINE, Roles.PLANNER, Roles.REPORTER,
            Roles.REPORT_APPROVER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "listPlans", summary = "List plans", description = """
            The plans the caller may see, newest issue date first, in pages of at most 200 (default 50). Pass \
            nextCursor back as cursor for the next page; the last page has none. Any role.""")
    public PlanPage list(
            @Parameter(description = "Only plans of this issuing unit", example = "01") @QueryParam("issuingUnit") String issuingUnit,
            @Parameter(description = "Only plans issued in this year", example = "2026") @QueryParam("year") Integer year,
            @Parameter(description = "Page size, 1 to 200", example = "50") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return queries.list(issuingUnit, year, limit, cursor);
    }
}
