package vn.treem.reporting.exports;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.problem.Problem;
import vn.treem.platform.security.Roles;

@Path("/api/v1/export-jobs")
@Tag(name = "Export jobs", description = "Long exports produced in the background, with progress")
@RolesAllowed({Roles.ANALYST, Roles.REPORT_APPROVER, Roles.PLANNER, Roles.ADMIN})
public class ExportJobResource {

    private static final String OWNER_ONLY = " A job is visible only to the user who created it (404 for anyone else).";

    @Inject
    ExportJobService jobs;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExportJob", summary = "Start an export in the background", description = """
            Checks the export as GET /api/v1/exports/… would (400 invalid parameters, 403 a unit outside the \
            caller's unit) and queues it: 202 with Location /api/v1/export-jobs/{id}. Poll the job until its status \
            is DONE (progress 100), then download /api/v1/export-jobs/{id}/file. kind: CONSOLIDATED_XLSX, \
            CONSOLIDATED_CSV or SUMMARY_PDF (indicator: the chart's indicator, default INTAKES_RECEIVED). Roles: \
            ANALYST, REPORT_APPROVER, PLANNER, ADMIN.""" + OWNER_ONLY)
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = ExportJobView.class), examples = @ExampleObject(name = "queued", value = """
            {"id": "6f1c2a4e-2f5b-4f7e-9a51-0c7d3b8e9f10", "kind": "CONSOLIDATED_XLSX", "unit": "01",
             "period": "2026", "status": "QUEUED", "progress": 0, "createdAt": "2026-11-23T08:30:00+07:00"}""")))
    @APIResponse(responseCode = "400", description = "Missing kind, unit or period, malformed period, unknown unit or indicator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response create(ExportJobRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and body return the first answer") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(key, "POST", uri.getPath(), request, () -> {
            ExportJobView job = jobs.create(request);
            return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getExportJob", summary = "An export job's status and progress", description = """
            QUEUED, RUNNING (progress 0–100), DONE (with the file's name and download path) or FAILED. Roles: \
            ANALYST, REPORT_APPROVER, PLANNER, ADMIN.""" + OWNER_ONLY)
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = ExportJobView.class)))
    @APIResponse(responseCode = "404", description = "No such job, or another user's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public ExportJobView get(@PathParam("id") UUID id) {
        return jobs.read(id);
    }

    @GET
    @Path("/{id}/file")
    @Produces({MediaType.WILDCARD})
    @Operation(operationId = "downloadExportJobFile", summary = "Download the file of a finished export job", description = """
            The produced .xlsx, CSV or PDF. A job not DONE yet (or FAILED) answers 409 conflict. Roles: ANALYST, \
            REPORT_APPROVER, PLANNER, ADMIN."""
            + OWNER_ONLY)
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such job, or another user's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "409", description = "The job is not DONE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response file(@PathParam("id") UUID id) {
        return ExportResource.download(jobs.file(id));
    }
}
