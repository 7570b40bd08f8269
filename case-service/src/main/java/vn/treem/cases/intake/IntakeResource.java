package vn.treem.cases.intake;

import java.net.URI;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.problem.Problem;
import vn.treem.platform.security.Roles;

@Path("/api/v1/intakes")
@Tag(name = "Intakes", description = "Reports of concern about a child")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    @Inject
    IntakeService intakes;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.HOTLINE})
    @Operation(operationId = "createIntake", summary = "Receive a report of concern", description = """
            Records a report of concern about a child (form Mẫu 01) and opens a case in status RECEIVED for the \
            commune where it happened; the initial assessment is then due within 12 hours. The commune must be a \
            commune of the current hierarchy within the caller's jurisdiction (HOTLINE: anywhere). The child is linked \
            (childId) or registered (child); a possible duplicate in the registry answers 409 possible-duplicate \
            with candidates unless confirmNewChild. The informant is stored only with their consent. HOTLINE clients \
            send their own reference (hotlineReference, unique per client): sending it again with the same report \
            answers 200 with the first receipt, with another report 409. Roles: CASE_WORKER, CASE_APPROVER, HOTLINE. \
            Send an Idempotency-Key to retry safely over a bad connection.""")
    @APIResponse(responseCode = "201", description = "Case opened; Location is the case", content = @Content(schema = @Schema(implementation = IntakeReceipt.class)))
    @APIResponse(responseCode = "200", description = """
            HOTLINE: this hotlineReference was already sent with the same report; the receipt of the case opened then \
            (Idempotent-Replayed: true), no second case""", content = @Content(schema = @Schema(implementation = IntakeReceipt.class)))
    @APIResponse(responseCode = "409", description = """
            possible-duplicate: the registry holds children like this one (confirm with confirmNewChild); conflict: \
            the hotlineReference was already used for another report""", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid IntakeRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and body return the first answer") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST", uri.getPath(), request, () -> {
            IntakeService.Received received = intakes.receive(request);
            IntakeReceipt receipt = received.receipt();
            URI location = uri.getBaseUriBuilder().path("api/v1/cases/{id}").build(receipt.caseId());
            if (received.earlier()) {
                return Response.ok(receipt).location(location).header(IdempotentRequests.REPLAYED_HEADER, "true")
                        .build();
            }
            return Response.created(location).entity(receipt).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HOTLINE, Roles.CASE_WORKER, Roles.CASE_APPROVER})
    @Operation(operationId = "getIntakeStatus", summary = "Status of the case opened for an intake", description = """
            The status only, no personal data. HOTLINE sees the intakes it sent; case roles those within reach. \
            Roles: HOTLINE, CASE_WORKER, CASE_APPROVER.""")
    public IntakeStatusView status(@PathParam("id") java.util.UUID id) {
        return intakes.status(id);
    }
}
