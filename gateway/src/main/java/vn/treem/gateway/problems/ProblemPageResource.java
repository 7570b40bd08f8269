package vn.treem.gateway.problems;

import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.i18n.Languages;
import vn.treem.platform.problem.Problem;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

@Path("/problems")
@Tag(name = "Problem types", description = "Human-readable pages for the type URIs of problem documents")
@Produces(ProblemPageResource.HTML)
@SecurityRequirements
public class ProblemPageResource {

    static final String HTML = "text/html;charset=UTF-8";

    @GET
    @Operation(operationId = "listProblemTypes", summary = "Every problem type", description = """
            An HTML page listing every problem type an API answer can carry, with its HTTP status and a link to its \
            page. In Vietnamese, or English with Accept-Language: en. No authentication.""")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(mediaType = "text/html"))
    public Response index(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = Languages.negotiate(acceptLanguage);
        return html(ProblemPages.index(locale), locale);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "describeProblemType", summary = "One problem type", description = """
            The HTML page at a problem's type URI (e.g. /problems/validation-failed): title, HTTP status and what it \
            means. In Vietnamese, or English with Accept-Language: en. No authentication.""")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = "text/html"))
    @APIResponse(responseCode = "404", description = "No such problem type (/problems/not-found)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response page(
            @Parameter(description = "The problem type's slug", example = "validation-failed") @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ProblemType type = ProblemType.bySlug(slug).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
        Locale locale = Languages.negotiate(acceptLanguage);
        return html(ProblemPages.page(type, locale), locale);
    }

    private static Response html(String page, Locale locale) {
        return Response.ok(page, HTML)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
