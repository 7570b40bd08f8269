package vn.treem.cases.registryimport;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.treem.platform.i18n.Languages;
import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.security.Roles;

@Path("/api/v1/child-imports")
@Tag(name = "Child imports", description = "Bulk import of child records from CSV and Excel files (onboarding a province)")
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.ADMIN})
public class ChildImportResource {

    private static final String UPLOAD_DESCRIPTION = """
            Uploads a list of children (.xlsx or CSV in UTF-8, at most treem.child-imports.max-bytes, 200 MB by \
            default) with the columns of the template (GET /api/v1/child-imports/template; Vietnamese headings, \
            English ones accepted, other columns ignored). The answer is 202 with the import job, which runs in the \
            background: poll it (Location) until DONE or FAILED, then read its report. Every row is checked with the \
            registry's rules (personal ID number structure, birth date, commune of today's hierarchy within the \
            caller's unit, groups G01–G14); valid rows are imported as new children, each announced by \
            child.registered; rows repeating a registered child (same ID number, or same name without accents, \
            birth date and commune, or the Treem id of an exported file) or an earlier row are reported and not \
            inserted, so importing the same file again changes nothing. A row is imported whole or not at all. The \
            file is checked before the job is created: empty (400 EMPTY), too large (413), a type that holds no \
            spreadsheet (415), content that is neither (400 CONTENT_NOT_OF_TYPE, NOT_UTF8, XLS_NOT_SUPPORTED), no \
            header row or a required column missing (400 NO_HEADER, MISSING_COLUMN). Idempotency-Key: a retry with \
            the same key and file answers the first job. Roles: CASE_WORKER, CASE_APPROVER, ADMIN.""";

    @Inject
    ChildImportService imports;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importChildren", summary = "Import children from a file (raw body)", description = UPLOAD_DESCRIPTION
            + " The body is the file itself, with its Content-Type (text/csv or the .xlsx type) and ?fileName=.")
    @RequestBody(content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "The import job; Location is where to poll it", content = @Content(schema = @Schema(implementation = ChildImportView.class)))
    public Response upload(InputStream body,
            @Parameter(description = "The file's name, shown in the job", example = "danh-sach-tre-em.xlsx") @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and file return the first job") @HeaderParam(IdempotentRequests.HEADER) String key,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, @Context UriInfo uri) {
        return start(imports.receive(body, contentType, fileName), key, language, uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importChildrenForm", summary = "Import children from a file (form upload)", description = UPLOAD_DESCRIPTION
            + " The file is the form part named file, as a browser's file input sends it.")
    @APIResponse(responseCode = "202", description = "The import job; Location is where to poll it", content = @Content(schema = @Schema(implementation = ChildImportView.class)))
    public Response uploadForm(
            @Parameter(description = "The .xlsx or CSV file") @RestForm("file") FileUpload file,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe: the same key and file return the first job") @HeaderParam(IdempotentRequests.HEADER) String key,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid(new FieldViolation("file", "REQUIRED"));
        }
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            return start(imports.receive(content, file.contentType(), file.fileName()), key, language, uri);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response start(Upload upload, String key, String language, UriInfo uri) {
        Locale locale = Languages.negotiate(language);
        try {
            return QuarkusTransaction.requiringNew().call(() -> idempotency.once(key, "POST", uri.getPath(),
                    upload.fingerprint(), () -> {
                        ChildImportView job = imports.queue(upload, locale);
                        URI location = uri.getBaseUriBuilder().path("api/v1/child-imports/{id}").build(job.id());
                        return Response.accepted(job).location(location).type(MediaType.APPLICATION_JSON_TYPE)
                                .build();
                    }));
        } finally {
            imports.discard(upload);
        }
    }

    @GET
    @Path("/template")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "getChildImportTemplate", summary = "The import template", description = """
            An empty file with the template's header row, in the language of Accept-Language (vi by default); the \
            .xlsx has a second sheet explaining each column and listing the accepted values. Roles: CASE_WORKER, \
            CASE_APPROVER, ADMIN.""")
    @APIResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            @Content(mediaType = "text/csv")})
    public Response template(
            @Parameter(description = "xlsx (default) or csv", example = "xlsx") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ImportFormat chosen = format(format, ImportFormat.XLSX);
        Locale locale = Languages.negotiate(language);
        StreamingOutput body = out -> imports.writeTemplate(chosen, locale, out);
        return file(body, chosen, "mau-nhap-danh-sach-tre-em." + chosen.extension());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getChildImport", summary = "An import job and its progress", description = """
            Status (QUEUED, RUNNING, DONE, FAILED), phase while running, and the counts of rows read, valid, \
            imported, duplicates and invalid. Only the user who uploaded the file sees the job (404 for anyone \
            else). Roles: CASE_WORKER, CASE_APPROVER, ADMIN.""")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = ChildImportView.class)))
    public ChildImportView read(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return imports.read(id, Languages.negotiate(language));
    }

    @GET
    @Path("/{id}/report")
    @Produces({MediaType.APPLICATION_JSON, "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "getChildImportReport", summary = "Why rows were not imported", description = """
            One entry per problem of a row: row number, INVALID or DUPLICATE, field and column, code and message in \
            the language of Accept-Language, and for a duplicate the registered child when within the caller's \
            reach. The report holds no value of the file. format=json (default, pages of at most 1000, default 100), \
            csv or xlsx (the whole report). Only the uploader sees it. Roles: CASE_WORKER, CASE_APPROVER, ADMIN.""")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReportPage.class)),
            @Content(mediaType = "text/csv"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    public Response report(@PathParam("id") UUID id,
            @Parameter(description = "json (default), csv or xlsx", example = "json") @QueryParam("format") String format,
            @Parameter(description = "Page size for json, 1 to 1000", example = "100") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = Languages.negotiate(language);
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return Response.ok(imports.report(id, locale, limit, cursor), MediaType.APPLICATION_JSON_TYPE).build();
        }
        ImportFormat chosen = format(format, null);
        imports.read(id, locale);
        StreamingOutput body = out -> imports.writeReport(id, chosen, locale, out);
        return file(body, chosen, "bao-cao-nhap-" + id + "." + chosen.extension());
    }

    static ImportFormat format(String format, ImportFormat otherwise) {
        if ((format == null || format.isBlank()) && otherwise != null) {
            return otherwise;
        }
        return ImportFormat.named(format).orElseThrow(() -> ProblemException
                .invalid(new FieldViolation("format", "UNKNOWN_VALUE", "xlsx, csv")));
    }

    static Response file(StreamingOutput body, ImportFormat format, String fileName) {
        return Response.ok(body, format.mediaType() + (format == ImportFormat.CSV ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }
}
