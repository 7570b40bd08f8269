package vn.treem.cases.casework;

import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Child-protection cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CaseQueries cases;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.HOTLINE, Roles.ADMIN})
    @Operation(operationId = "getCase", summary = "Read a case", description = """
            The case with its child's identity. A case outside the caller's jurisdiction answers 404, as if it did not \
            exist. Every read is recorded in the access log. Roles: CASE_WORKER, CASE_APPROVER, HOTLINE, ADMIN.""")
    @APIResponse(responseCode = "200", description = "The case; ETag carries its version", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response get(@PathParam("id") UUID id) {
        CaseView view = cases.read(id);
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
