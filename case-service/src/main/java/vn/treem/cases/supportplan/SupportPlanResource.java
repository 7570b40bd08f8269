package vn.treem.cases.supportplan;

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
import vn.treem.platform.security.Roles;

@Path("/api/v1/cases/{caseId}/support-plans")
@Tag(name = "Support plans", description = "Support and intervention plans of a case (Mẫu 04/05)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
public class SupportPlanResource {

    private static final String IF_MATCH = "The case's ETag as last seen; a stale value answers 412, none 428";
    private static final String IDEMPOTENCY = "Makes retries safe: the same key and body return the first answer";

    @Inject
    SupportPlanService plans;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Operation(operationId = "listSupportPlans", summary = "The plans of a case", description = "Oldest first. Roles: CASE_WORKER, CASE_APPROVER.")
    public List<SupportPlanView> list(@PathParam("caseId") UUID caseId) {
        return plans.list(caseId);
    }

    @POST
    @Transactional
    @Operation(operationId = "draftSupportPlan", summary = "Draft a support and intervention plan", description = """
            Records the plan (Mẫu 04) and moves the case to PLAN_DRAFTED, meeting the plan deadline (5 working days \
            after the initial assessment by default). Allowed from ASSESSMENT, UNDER_REVIEW (a new plan) and \
            REOPENED. The answer's caseVersion is the case's new ETag. Roles: CASE_WORKER, CASE_APPROVER.""")
    @APIResponse(responseCode = "201", description = "Plan drafted", content = @Content(schema = @Schema(implementation = SupportPlanView.class)))
    public Response draft(@PathParam("caseId") UUID caseId, @NotNull @Valid SupportPlanRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = IDEMPOTENCY) @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        long version = IfMatch.version(ifMatch);
        return idempotency.once(key, "POST", uri.getPath(), request, () -> {
            SupportPlanView plan = plans.draft(caseId, version, request);
            return Response.status(Response.Status.CREATED).entity(plan)
                    .tag(new EntityTag(String.valueOf(plan.caseVersion()))).build();
        });
    }

    @POST
    @Path("/{planId}/decision")
    @Transactional
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "decideSupportPlan", summary = "Approve or reject a support plan", description = """
            The approval decision (Mẫu 05), by a CASE_APPROVER of the commune handling the case who did not write the \
            plan. Approval moves the case to PLAN_APPROVED; rejection (with a reason) back to ASSESSMENT. Role: \
            CASE_APPROVER.""")
    public Response decide(@PathParam("caseId") UUID caseId, @PathParam("planId") UUID planId,
            @NotNull @Valid PlanDecisionRequest decision,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = IDEMPOTENCY) @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        long version = IfMatch.version(ifMatch);
        return idempotency.once(key, "POST", uri.getPath(), decision, () -> {
            SupportPlanView plan = plans.decide(caseId, planId, version, decision);
            return Response.ok(plan).tag(new EntityTag(String.valueOf(plan.caseVersion()))).build();
        });
    }
}
