package vn.treem.gateway.devtokens;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.problem.Problem;

@Path("/api/v1/dev/tokens")
@Tag(name = "Development tokens", description = "Bearer tokens for local development and tests; disabled in production")
@Produces(MediaType.APPLICATION_JSON)
public class DevTokenResource {

    @Inject
    DevTokenIssuer issuer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "issueDevToken", summary = "Issue a development token", description = """
            Issues a bearer token (RS256, issuer urn:treem:dev, valid one hour) for any subject, roles and \
            administrative unit, signed with the local development key that the services trust in the local \
            profile. No authentication. Only when treem.dev-tokens.enabled=true (profiles local and test); in \
            production the address answers 404.""")
    @APIResponse(responseCode = "200", description = "The token", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DevToken.class)))
    @APIResponse(responseCode = "400", description = "Invalid subject, roles or unit (/problems/validation-failed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "Development tokens are disabled (/problems/not-found)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public DevToken issue(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DevTokenRequest.class), examples = @ExampleObject(name = "caseWorkerBaDinh", summary = "Commune case worker, Phường Ba Đình", value = """
                    {"sub": "can-bo-ba-dinh", "groups": ["CASE_WORKER"], "unit": "00004"}"""))) DevTokenRequest request) {
        return issuer.issue(request);
    }
}
