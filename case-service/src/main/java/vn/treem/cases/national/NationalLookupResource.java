package vn.treem.cases.national;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.problem.Problem;
import vn.treem.platform.security.Roles;

@Path("/api/v1/children/national-lookup")
@Tag(name = "Children")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
public class NationalLookupResource {

    @Inject
    NationalLookupService lookups;

    @GET
    @Operation(operationId = "lookUpChildNationally", summary = "Look a personal identification number up in the national child database", description = """
            Before registering a child, find out whether the national child database (and our registry) already \
            knows the number, so that nobody enters the child twice. National records of children living within the \
            caller's unit come with name, sex, birth date, ethnicity, residence and groups; others by id only. Every \
            lookup is logged (who, when, ids found; not the number). 400 when the number is not a personal \
            identification number; 503 when the national system is down or not configured; 504 when it is too slow. \
            Roles: CASE_WORKER, CASE_APPROVER.""")
    @APIResponse(responseCode = "200", description = "What the national database knows", content = @Content(schema = @Schema(implementation = NationalLookupView.class)))
    @APIResponse(responseCode = "400", description = "Missing or not a personal identification number (/problems/validation-failed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "National database down or not configured (/problems/service-unavailable)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "504", description = "National database too slow (/problems/gateway-timeout)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public NationalLookupView lookup(
            @Parameter(description = "12-digit personal identification number", required = true, example = "001216012345") @QueryParam("personalIdNumber") String personalIdNumber) {
        return lookups.lookup(personalIdNumber);
    }
}
