package vn.treem.plans.agency;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.security.Roles;

@Path("/api/v1/agencies")
@Tag(name = "Agencies", description = "The directory of agencies of each unit (lead and cooperating agencies of plans)")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Inject
    AgencyService agencies;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Authenticated
    @Operation(operationId = "listAgencies", summary = "The agencies of a unit", description = "Current agencies by name; includeFormer=true adds renamed or merged ones with their successor. Any role.")
    public List<AgencyView> list(
            @Parameter(required = true, description = "Unit code", example = "01") @QueryParam("unit") String unit,
            @Parameter(description = "Also agencies replaced by others", example = "false") @QueryParam("includeFormer") boolean includeFormer) {
        return agencies.list(unit, includeFormer);
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "createAgency", summary = "Add an agency to a unit's directory", description = """
            Adds an agency; with "replaces", the replaced agency gets an end date and points to this one (e.g. Sở \
            LĐTBXH → Sở Y tế, 1 March 2025). Roles: PLANNER, ADMIN of the unit.""")
    public Response create(@NotNull @Valid AgencyRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), request, () -> {
            AgencyView agency = agencies.create(request);
            return Response.created(URI.create(uri.getPath() + "?unit=" + agency.unitCode())).entity(agency).build();
        });
    }
}
