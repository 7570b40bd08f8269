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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.security.Roles;

@Path("/api/v1/cases/{caseId}/services")
@Tag(name = "Services and referrals", description = "Services delivered and referrals made on a case")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
public class ServiceDeliveryResource {

    private static final String IDEMPOTENCY = "Makes retries safe: the same key and body return the first answer";

    @Inject
    InterventionService interventions;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Operation(operationId = "listServices", summary = "Services delivered on a case", description = "Roles: CASE_WORKER, CASE_APPROVER.")
    public List<ServiceDeliveryView> services(@PathParam("caseId") UUID caseId) {
        return interventions.services(caseId);
    }

    @POST
    @Transactional
    @Operation(operationId = "recordService", summary = "Record a service delivered", description = "Type, provider, date and outcome of a service (Art. 29). Roles: CASE_WORKER, CASE_APPROVER.")
    public Response deliver(@PathParam("caseId") UUID caseId, @NotNull @Valid ServiceDeliveryRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = IDEMPOTENCY) @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), request, () -> Response
                .status(Response.Status.CREATED).entity(interventions.deliver(caseId, request)).build());
    }
}
