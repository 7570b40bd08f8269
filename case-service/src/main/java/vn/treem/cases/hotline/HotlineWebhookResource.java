package vn.treem.cases.hotline;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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

@Path("/api/v1/hotline/webhooks")
@Tag(name = "Hotline 111")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class HotlineWebhookResource {

    private static final String SEEN_BY = " A HOTLINE client sees its own webhooks; an ADMIN serving VN (the whole"
            + " country) every client's, an ADMIN of a province or commune none (403 outside-jurisdiction).";

    @Inject
    WebhookService webhooks;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed(Roles.HOTLINE)
    @Operation(operationId = "registerHotlineWebhook", summary = "Register a webhook", description = """
            Registers an endpoint that receives, as signed JSON POSTs, every status change of the cases opened from \
            this client's reports (docs/integrations/hotline-111.md). The URL must be https (http only in \
            development); the secret (32 to 256 characters) signs each request (Treem-Signature, HMAC-SHA256) and is \
            never returned or logged. At most 10 webhooks per client (409). Roles: HOTLINE.""")
    @APIResponse(responseCode = "201", description = "Registered; Location is the webhook", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "409", description = "The client already has the largest number of webhooks allowed (/problems/conflict)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response register(@NotNull @Valid WebhookRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and body return the first answer") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST", uri.getPath(), request, () -> {
            WebhookView webhook = webhooks.register(request);
            URI location = uri.getBaseUriBuilder().path("api/v1/hotline/webhooks/{id}").build(webhook.id());
            return Response.created(location).entity(webhook).tag(new EntityTag(String.valueOf(webhook.version())))
                    .build();
        });
    }

    @GET
    @RolesAllowed({Roles.HOTLINE, Roles.ADMIN})
    @Operation(operationId = "listHotlineWebhooks", summary = "List webhooks", description = "The webhooks registered and not deleted, oldest first, without their secrets."
            + SEEN_BY + " Roles: HOTLINE, ADMIN.")
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HOTLINE, Roles.ADMIN})
    @Operation(operationId = "getHotlineWebhook", summary = "Read a webhook", description = "A webhook without its secret; another client's answers 404."
            + SEEN_BY + " Roles: HOTLINE, ADMIN.")
    @APIResponse(responseCode = "200", description = "The webhook", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response get(@PathParam("id") UUID id) {
        WebhookView webhook = webhooks.get(id);
        return Response.ok(webhook).tag(new EntityTag(String.valueOf(webhook.version()))).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.HOTLINE)
    @Operation(operationId = "deleteHotlineWebhook", summary = "Delete a webhook", description = """
            Stops deliveries to the webhook; those not yet made are cancelled. Only the client that registered it; \
            another client's answers 404. Roles: HOTLINE.""")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }
}
