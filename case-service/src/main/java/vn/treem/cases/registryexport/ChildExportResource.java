package vn.treem.cases.registryexport;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.cases.registryimport.ImportFormat;
import vn.treem.platform.i18n.Languages;
import vn.treem.platform.security.Roles;

@Path("/api/v1/child-exports")
@Tag(name = "Child exports", description = "The registry of a commune or province as a file, in the import's format")
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
public class ChildExportResource {

    @Inject
    ChildExportService exports;

    @GET
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "exportChildren", summary = "Export the children living in a unit", description = """
            The children whose residence lies in unit (a commune, or a province for all its communes), with the \
            columns of the import template and their Treem id first, as .xlsx (default) or CSV (UTF-8 with BOM), \
            headings and labels in the language of Accept-Language. Importing the file again reports every row as \
            already registered and changes nothing. The unit must lie within the caller's (403 \
            outside-jurisdiction); children in groups G11/G12 only for approvers and the workers assigned to their \
            cases. Streamed; every child exported is recorded in the access log (EXPORT). Roles: CASE_WORKER, \
            CASE_APPROVER.""")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            @Content(mediaType = "text/csv")})
    public Response export(
            @Parameter(required = true, description = "A commune or a province (current hierarchy)", example = "00070") @QueryParam("unit") String unit,
            @Parameter(description = "xlsx (default) or csv", example = "xlsx") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = Languages.negotiate(language);
        ChildExportService.Export export = exports.prepare(unit, format, locale);
        StreamingOutput body = out -> exports.write(export, out);
        String name = "danh-sach-tre-em-" + export.unit() + "-" + LocalDate.now() + "." + export.format().extension();
        return Response.ok(body, export.format().mediaType()
                + (export.format() == ImportFormat.CSV ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }
}
