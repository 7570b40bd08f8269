package vn.treem.cases.intervention;

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

@Path("/api/v1/cases/{caseId}/referrals")
@Tag(name = "Services and referrals", description = "Services delivered and referrals made on a case")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
public class ReferralResource {

    private static final String IDEMPOTENCY = "Makes retries safe: the same key and body return the first answer";

    @Inject
    InterventionService interventions;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Operation(operationId = "listReferrals", summary = "Referrals of a case", description = "Roles: CASE_WORKER, CASE_APPROVER.")
    public List<ReferralView> referrals(@PathParam("caseId") UUID caseId) {
        return interventions.referrals(caseId);
    }

    @POST
    @Transactional
    @Operation(operationId = "referCase", summary = "Refer the case to an agency or provider", description = """
            Needs the recorded consent of the parent or guardian and of the child (7 or older) to referrals of this \
            kind; without it the answer is 409, unless a CASE_APPROVER gives the legal basis (EMERGENCY or \
            LEGAL_DUTY). Roles: CASE_WORKER, CASE_APPROVER.""")
    public Response refer(@PathParam("caseId") UUID caseId, @NotNull @Valid ReferralRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = IDEMPOTENCY) @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), request, () -> {
            ReferralView referral = interventions.refer(caseId, request);
            return Response.status(Response.Status.CREATED).entity(referral)
                    .tag(new EntityTag(String.valueOf(referral.version()))).build();
        });
    }

    @PUT
    @Path("/{referralId}/status")
    @Transactional
    @Operation(operationId = "updateReferralStatus", summary = "Record the agency's answer or the completion", description = """
            SENT → ACCEPTED or DECLINED (with a reason); ACCEPTED → COMPLETED. If-Match holds the referral's ETag. \
            Roles: CASE_WORKER, CASE_APPROVER.""")
    public Response updateStatus(@PathParam("caseId") UUID caseId, @PathParam("referralId") UUID referralId,
            @NotNull @Valid ReferralStatusRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, required = true, description = "The referral's ETag as last seen") @HeaderParam(IfMatch.HEADER) String ifMatch) {
        ReferralView referral = interventions.updateStatus(caseId, referralId, IfMatch.version(ifMatch), request);
        return Response.ok(referral).tag(new EntityTag(String.valueOf(referral.version()))).build();
    }
}
