package vn.treem.gateway.openapi;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.treem.platform.problem.FallbackRoutes;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.problem.SafeLog;

/**
 * {@code GET /q/openapi}: the merged document of the whole API, JSON by default, YAML for {@code ?format=yaml} or
 * {@code Accept: application/yaml}. Swagger UI reads it.
 */
@ApplicationScoped
public class OpenApiRoute {

    private static final Logger LOG = Logger.getLogger(OpenApiRoute.class);
    public static final String PATH = "/q/openapi";

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper yaml = new YAMLMapper();

    @Inject
    OpenApiDocuments documents;

    void install(@Observes Router router) {
        router.get(PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        boolean asYaml = wantsYaml(ctx.request().getParam("format"), ctx.request().getHeader("Accept"));
        documents.merged(ctx.request().localAddress()).onComplete(merged -> {
            if (merged.failed()) {
                error(ctx, merged.cause());
                return;
            }
            try {
                ctx.response().putHeader("Content-Type",
                        asYaml ? "application/yaml;charset=UTF-8" : "application/json;charset=UTF-8")
                        .putHeader("Cache-Control", "no-cache")
                        .end(render(merged.result(), asYaml));
            } catch (JsonProcessingException impossible) {
                error(ctx, impossible);
            }
        });
    }

    private String render(ObjectNode document, boolean asYaml) throws JsonProcessingException {
        return asYaml ? yaml.writeValueAsString(document) : json.writeValueAsString(document);
    }

    static boolean wantsYaml(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.trim().toLowerCase(Locale.ROOT);
            return f.equals("yaml") || f.equals("yml");
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("yaml")
                && !accept.toLowerCase(Locale.ROOT).contains("json");
    }

    private static void error(RoutingContext ctx, Throwable cause) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf("unexpected error %s building the merged OpenAPI document: %s", errorId, SafeLog.describe(cause));
        FallbackRoutes.write(ctx, ProblemType.INTERNAL_ERROR, errorId);
    }
}
