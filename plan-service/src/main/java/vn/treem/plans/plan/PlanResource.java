package vn.treem.plans.plan;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.concurrency.IfMatch;
import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.problem.Problem;
import vn.treem.platform.security.Roles;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Plans (Kế hoạch) issued by People's Committees")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    static final String THAI_BINH_2022 = """
            {"number": "42/KH-UBND", "title": "Tăng cường thực hiện hiệu quả các biện pháp bảo đảm quyền trẻ em và \
            bảo vệ trẻ em trên địa bàn tỉnh năm 2022", "issuingUnitCode": "34", "issueDate": "2022-03-22", \
            "periodFromYear": 2022, "periodToYear": 2022, "type": "ANNUAL"}""";
    static final String MUONG_TE_2024 = """
            {"title": "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị về tăng cường công tác chăm sóc, \
            giáo dục và bảo vệ trẻ em", "issuingUnitCode": "107", "issueDate": "2024-06-10", "periodFromYear": 2024, \
            "periodToYear": 2030, "type": "IMPLEMENTATION"}""";

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
            Registers a plan as issued by a People's Committee, in status ISSUED. The issuing unit must name a unit \
            on the issue date, in the hierarchy of that date: a 2022 plan of Thái Bình (34, merged into Hưng Yên in \
            2025) or a 2024 plan of the district of Mường Tè (107) is accepted; 34 on a 2026 date is \
            UNIT_NOT_VALID_AT_DATE. The issue date may not be in the future; years run from 2000 to 2100 and the \
            period may not end before it starts. All field errors are reported together. The issuing unit must lie \
            within the caller's unit on the issue date (403 outside-jurisdiction). A number already used by the same \
            unit for a plan issued in the same year is a conflict (409). Publishes vn.treem.plan.plan.issued.v1. \
            Roles: PLANNER, ADMIN. Send an Idempotency-Key to retry safely.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanRequest.class), examples = {
            @ExampleObject(name = "thaiBinh2022", summary = "Annual plan of Thái Bình province, 42/KH-UBND", value = THAI_BINH_2022),
            @ExampleObject(name = "muongTe2024", summary = "District plan implementing Directive 28-CT/TW, number left blank", value = MUONG_TE_2024)}))
    @APIResponse(responseCode = "201", description = "Plan registered; Location is the plan, ETag its version", headers = {
            @Header(name = "Location", description = "/api/v1/plans/{id}", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "Number already used by this unit for a plan issued the same year (/problems/conflict)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid PlanRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and body return the first answer", example = "5f0c8a2e-3b1d-4c6a-9f7e-2d8b1a4c6e90") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
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
            A plan the caller may see: issued by their unit or a unit within it, or by a unit their unit lies within \
            (a commune sees the plan of its province that it implements), as the hierarchy was on the plan's issue \
            date. National users (unit VN) see every plan. Any other plan answers 404, as if it did not exist. Any \
            role.""")
    @APIResponse(responseCode = "200", description = "The plan; ETag carries its version", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response get(
            @Parameter(description = "Plan id", example = "0d5c1b8e-7a4f-4e2b-9c3d-6f1a2b3c4d5e") @PathParam("id") UUID id) {
        PlanView plan = queries.read(id);
        return Response.ok(plan).tag(new EntityTag(String.valueOf(plan.version()))).build();
    }

    @GET
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.HOTLINE, Roles.PLANNER, Roles.REPORTER,
            Roles.REPORT_APPROVER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "listPlans", summary = "List plans", description = """
            The plans the caller may see (same rule as reading one), newest issue date first, then by id. Pages of \
            at most 200 (default 50): pass nextCursor back as cursor for the next page; the last page has none. \
            A limit above 200, a year outside 2000–2100 or a cursor that was not given by this service is a 400. \
            Any role.""")
    @APIResponse(responseCode = "200", description = "A page of plans", content = @Content(schema = @Schema(implementation = PlanPage.class)))
    @APIResponse(responseCode = "400", description = "limit, year or cursor invalid (/problems/validation-failed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PlanPage list(
            @Parameter(description = "Only plans of this issuing unit (code as on the issue date)", example = "01") @QueryParam("issuingUnit") String issuingUnit,
            @Parameter(description = "Only plans issued in this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"), example = "2026") @QueryParam("year") String year,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"), example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page, unchanged") @QueryParam("cursor") String cursor) {
        return queries.list(issuingUnit, year, limit, cursor);
    }

    private static final String IF_MATCH = "The plan's ETag as last seen; a stale value answers 412, none 428";

    @PUT
    @Path("/{id}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "updateDraftPlan", summary = "Edit a draft plan", description = """
            Replaces a DRAFT's fields and content (objectives, targets, tasks, assignments, budget, reporting). An \
            issued plan is immutable: 409; amend it instead. Roles: PLANNER, ADMIN of the issuing unit.""")
    public Response update(@PathParam("id") UUID id, @NotNull @Valid PlanRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return tagged(plans.updateDraft(id, IfMatch.version(ifMatch), request));
    }

    @POST
    @Path("/{id}/issue")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "issuePlan", summary = "Issue a draft plan", description = """
            DRAFT → ISSUED with the number and date of the signed document. From then on the plan is immutable. \
            Publishes vn.treem.plan.plan.issued.v1 with targets, assignments and the reporting schedule. Roles: \
            PLANNER, ADMIN.""")
    public Response issue(@PathParam("id") UUID id, @NotNull @Valid IssueRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        long version = IfMatch.version(ifMatch);
        return idempotency.once(key, "POST", uri.getPath(), request,
                () -> tagged(plans.issueDraft(id, version, request)));
    }

    @POST
    @Path("/{id}/amendments")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "amendPlan", summary = "Amend an issued plan", description = """
            The amended text becomes the next version (ISSUED, same series, same number unless given); the amended \
            version becomes SUPERSEDED and stays readable. Publishes vn.treem.plan.plan.amended.v1. Roles: PLANNER, \
            ADMIN.""")
    @APIResponse(responseCode = "201", description = "The new version", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response amend(@PathParam("id") UUID id, @NotNull @Valid PlanRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        long version = IfMatch.version(ifMatch);
        return idempotency.once(key, "POST", uri.getPath(), request, () -> {
            PlanView next = plans.amend(id, version, request);
            URI location = uri.getBaseUriBuilder().path("api/v1/plans/{id}").build(next.id());
            return Response.created(location).entity(next).tag(new EntityTag(String.valueOf(next.version())))
                    .build();
        });
    }

    @POST
    @Path("/{id}/close")
    @Transactional
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "closePlan", summary = "Close an issued plan", description = "ISSUED → CLOSED; publishes vn.treem.plan.plan.closed.v1. Roles: PLANNER, ADMIN.")
    public Response close(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return tagged(plans.close(id, IfMatch.version(ifMatch)));
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.HOTLINE, Roles.PLANNER, Roles.REPORTER,
            Roles.REPORT_APPROVER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "listPlanVersions", summary = "All versions of a plan", description = "Oldest first. Any role that may read the plan.")
    public List<PlanView> versions(@PathParam("id") UUID id) {
        return plans.versions(id);
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.HOTLINE, Roles.PLANNER, Roles.REPORTER,
            Roles.REPORT_APPROVER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "listPlanChanges", summary = "What an amendment changed", description = """
            The differences between this version and another version of the same plan (default: the one it \
            amends), as JSON pointers with the values before and after.""")
    public List<PlanChange> changes(@PathParam("id") UUID id,
            @Parameter(description = "Another version of the same plan") @QueryParam("from") UUID from) {
        return plans.changes(id, from);
    }

    @POST
    @Path("/{id}/derive")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "derivePlan", summary = "Draft a lower unit's plan implementing this one", description = """
            Creates a DRAFT for a unit within the issuing unit, implementing this plan: objectives, indicators, \
            targets and tasks are copied and this plan is its first legal basis; the lower unit adds its own \
            agencies. Roles: PLANNER, ADMIN of the lower unit (or above).""")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response derive(@PathParam("id") UUID id, @NotNull @Valid DeriveRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), request, () -> {
            PlanView draft = plans.derive(id, request);
            URI location = uri.getBaseUriBuilder().path("api/v1/plans/{id}").build(draft.id());
            return Response.created(location).entity(draft).tag(new EntityTag(String.valueOf(draft.version())))
                    .build();
        });
    }

    @GET
    @Path("/{id}/lower-units")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.REPORT_APPROVER, Roles.ANALYST})
    @Operation(operationId = "listLowerUnitPlans", summary = "Which lower units have issued their plan", description = """
            Every unit directly under the issuing unit (today's hierarchy) with the state of its plan implementing \
            this one: NONE, DRAFT, ISSUED or CLOSED. Roles: PLANNER, ADMIN, REPORT_APPROVER, ANALYST.""")
    public List<LowerUnitPlan> lowerUnits(@PathParam("id") UUID id) {
        return plans.lowerUnits(id);
    }

    private static Response tagged(PlanView plan) {
        return Response.ok(plan).tag(new EntityTag(String.valueOf(plan.version()))).build();
    }
}
