package vn.treem.cases.consent;

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

@Path("/api/v1/cases/{caseId}/consents")
@Tag(name = "Consent", description = "Consent of the child and of the parent or guardian (Law 91/2025)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
public class ConsentResource {

    @Inject
    ConsentService consents;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Operation(operationId = "listConsents", summary = "Consent decisions of a case", description = "Oldest first; the latest decision per subject and purpose counts. Roles: CASE_WORKER, CASE_APPROVER.")
    public List<ConsentView> list(@PathParam("caseId") UUID caseId) {
        return consents.list(caseId);
    }

    @POST
    @Transactional
    @Operation(operationId = "recordConsent", summary = "Record a consent decision", description = """
            Records the consent (or refusal, or withdrawal) of the child — needed from 7 years old — or of the parent \
            or guardian, to the processing of the child's data or to referrals. Roles: CASE_WORKER, CASE_APPROVER.""")
    public Response record(@PathParam("caseId") UUID caseId, @NotNull @Valid ConsentRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and body return the first answer") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), request,
                () -> Response.status(Response.Status.CREATED).entity(consents.record(caseId, request)).build());
    }
}
