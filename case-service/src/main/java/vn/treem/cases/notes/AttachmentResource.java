package vn.treem.cases.notes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.security.Roles;

@Path("/api/v1/cases/{caseId}/attachments")
@Tag(name = "Notes and attachments", description = "Case notes and files")
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
public class AttachmentResource {

    @Inject
    NoteService notes;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCaseAttachments", summary = "Files attached to a case", description = "Roles: CASE_WORKER, CASE_APPROVER.")
    public List<AttachmentView> list(@PathParam("caseId") UUID caseId) {
        return notes.attachments(caseId);
    }

    @POST
    @Transactional
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attachToCase", summary = "Attach a file to a case", description = """
            The request body is the file itself, with its Content-Type: image/jpeg, image/png, image/webp, \
            application/pdf or a .docx document; at most 10 MB. The first bytes must match the type. Roles: \
            CASE_WORKER, CASE_APPROVER.""")
    public Response attach(@PathParam("caseId") UUID caseId,
            @Parameter(required = true, description = "File name shown on download", example = "bien-ban-hop.pdf") @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and file return the first answer") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        byte[] body = content == null ? new byte[0] : content;
        String fingerprint = NoteService.fingerprint(fileName, contentType, body);
        return idempotency.once(key, "POST", uri.getPath(), fingerprint, () -> Response
                .status(Response.Status.CREATED)
                .entity(notes.attach(caseId, fileName, contentType, body))
                .type(MediaType.APPLICATION_JSON_TYPE).build());
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadCaseAttachment", summary = "Download an attached file", description = "Every download is recorded in the access log. Roles: CASE_WORKER, CASE_APPROVER.")
    public Response download(@PathParam("caseId") UUID caseId, @PathParam("attachmentId") UUID attachmentId) {
        AttachmentContent file = notes.download(caseId, attachmentId);
        return Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition",
                        "attachment; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
