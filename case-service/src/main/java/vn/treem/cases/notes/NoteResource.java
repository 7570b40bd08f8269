package vn.treem.cases.notes;

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

@Path("/api/v1/cases/{caseId}/notes")
@Tag(name = "Notes and attachments", description = "Case notes and files")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
public class NoteResource {

    @Inject
    NoteService notes;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Operation(operationId = "listCaseNotes", summary = "Notes of a case", description = "Oldest first. Roles: CASE_WORKER, CASE_APPROVER (never HOTLINE).")
    public List<NoteView> list(@PathParam("caseId") UUID caseId) {
        return notes.notes(caseId);
    }

    @POST
    @Transactional
    @Operation(operationId = "addCaseNote", summary = "Add a note to a case", description = "Notes are never edited; a correction is a new note. Roles: CASE_WORKER, CASE_APPROVER.")
    public Response add(@PathParam("caseId") UUID caseId, @NotNull @Valid NoteRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and body return the first answer") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), request,
                () -> Response.status(Response.Status.CREATED).entity(notes.add(caseId, request)).build());
    }
}
