package vn.treem.cases.hotline;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/hotline/deliveries")
@Tag(name = "Hotline 111")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HOTLINE, Roles.ADMIN})
public class HotlineDeliveryResource {

    private static final String SEEN_BY = " A HOTLINE client sees the deliveries to its own webhooks; an ADMIN serving"
            + " VN (the whole country) every client's, an ADMIN of a province or commune none (403"
            + " outside-jurisdiction). Roles: HOTLINE, ADMIN.";

    @Inject
    WebhookDeliveryService deliveries;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Operation(operationId = "listHotlineWebhookDeliveries", summary = "Webhook deliveries and their outcome", description = """
            Deliveries, newest first, in pages of at most 100 (default 20): state (PENDING, DELIVERED, PARKED after \
            every attempt failed, CANCELLED when the webhook was deleted), attempts, the last HTTP status or error. \
            state=PARKED lists those given up."""
            + SEEN_BY)
    @APIResponse(responseCode = "200", description = "A page of deliveries", content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "limit or cursor invalid (/problems/validation-failed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public DeliveryPage list(
            @Parameter(description = "Only deliveries in this state: PENDING, DELIVERED, PARKED, CANCELLED", example = "PARKED") @QueryParam("state") String state,
            @Parameter(description = "Only deliveries to this webhook (its id)") @QueryParam("webhookId") String webhookId,
            @Parameter(description = "Only deliveries about this intake (its id)") @QueryParam("intakeId") String intakeId,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return deliveries.list(state, webhookId, intakeId, limit, cursor);
    }

    @POST
    @Path("/{id}/redelivery")
    @Transactional
    @Operation(operationId = "redeliverHotlineWebhookDelivery", summary = "Send a parked delivery again", description = """
            Queues a PARKED delivery again with a fresh set of attempts (same delivery id, same body). It may now \
            arrive after later statuses of the same intake: receivers order by sequence. 409 unless parked."""
            + SEEN_BY)
    @APIResponse(responseCode = "200", description = "The delivery, PENDING again", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "The delivery is not parked, or its webhook was deleted (/problems/conflict)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response redeliver(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key returns the first answer") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST", uri.getPath(), null,
                () -> Response.ok(deliveries.redeliver(id)).build());
    }
}
