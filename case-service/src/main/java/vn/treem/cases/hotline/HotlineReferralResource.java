package vn.treem.cases.hotline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.problem.Problem;
import vn.treem.platform.security.Roles;

@Path("/api/v1/hotline/referrals")
@Tag(name = "Hotline 111", description = "Reports referred by Hotline 111: status by the hotline's reference, webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class HotlineReferralResource {

    @Inject
    HotlineReferralQueries referrals;

    @GET
    @Path("/{reference}")
    @RolesAllowed(Roles.HOTLINE)
    @Operation(operationId = "getHotlineReferralStatus", summary = "Status of a hotline report by the hotline's reference", description = """
            The status of the case opened for the intake this client sent with hotlineReference, with its labels in \
            Vietnamese and English: no case content, no personal data. Only the client that sent the reference sees \
            it; any other reference answers 404. The same statuses are pushed to the client's webhooks. Roles: \
            HOTLINE.""")
    @APIResponse(responseCode = "200", description = "The status; ETag carries the case's version", content = @Content(schema = @Schema(implementation = HotlineReferralStatus.class)))
    @APIResponse(responseCode = "400", description = "Not a hotline reference (/problems/validation-failed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response status(
            @Parameter(description = "The hotline's reference sent with the intake", example = "111-2026-004512") @PathParam("reference") String reference) {
        HotlineReferralStatus status = referrals.status(reference);
        return Response.ok(status).tag(new EntityTag(String.valueOf(status.version()))).build();
    }
}
