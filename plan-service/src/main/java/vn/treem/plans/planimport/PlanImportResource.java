package vn.treem.plans.planimport;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import vn.treem.platform.security.Roles;

@Path("/api/v1/plan-imports")
@Tag(name = "Plans", description = "Plans (Kế hoạch) issued by People's Committees")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PlanImportResource {

    @Inject
    PlanImportService imports;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "importPlanDocument", summary = "Turn a plan document into a draft plan", description = """
            Reads the text of a plan document (plain text or Markdown) with deterministic rules — number, date, place, \
            title, legal bases, objectives and indicator targets (value, year, comparator, unit), tasks, lead and \
            cooperating agencies, budget sources, reporting deadlines — and stores a DRAFT of the given unit with \
            everything it could extract, plus warnings for what it could not interpret (docs/plan-import.md). A \
            blank number or date is a warning, not a failure. Roles: PLANNER, ADMIN of the unit.""")
    @APIResponse(responseCode = "201", description = "The draft and the warnings", content = @Content(schema = @Schema(implementation = PlanImportResult.class)))
    public Response importDocument(@NotNull @Valid PlanImportRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), request, () -> {
            PlanImportResult result = imports.importDocument(request);
            URI location = uri.getBaseUriBuilder().path("api/v1/plans/{id}").build(result.plan().id());
            return Response.created(location).entity(result).build();
        });
    }
}
