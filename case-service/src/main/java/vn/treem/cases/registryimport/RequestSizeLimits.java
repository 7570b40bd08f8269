package vn.treem.cases.registryimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import vn.treem.platform.problem.FallbackRoutes;
import vn.treem.platform.problem.ProblemType;

/**
 * Request body limits per path. Quarkus has one limit for every request ({@code quarkus.http.limits.max-body-size}),
 * set high enough for an import file; this keeps every other request to {@code treem.http.max-body-bytes} (11 MB,
 * attachments included) and answers an oversized request with a 413 problem before reading it: by its Content-Length,
 * or for a chunked body by the count Quarkus keeps while reading.
 */
@ApplicationScoped
public class RequestSizeLimits {

    public static final String IMPORT_PATH = "/api/v1/child-imports";
    /** Room for the multipart envelope around an import file. */
    static final long MULTIPART_MARGIN = 64 * 1024;
    private static final String QUARKUS_LIMIT = "io.quarkus.max-request-size";

    @ConfigProperty(name = "treem.child-imports.max-bytes", defaultValue = "209715200")
    long importMaxBytes;

    @ConfigProperty(name = "treem.http.max-body-bytes", defaultValue = "11534336")
    long otherMaxBytes;

    void install(@Observes Router router) {
        // before Quarkus' own check (order -2), which answers without a problem document
        router.route().order(-3).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length.strip()) > limit(ctx.request())) {
                        ctx.response().putHeader("Connection", "close");
                        FallbackRoutes.write(ctx, ProblemType.PAYLOAD_TOO_LARGE);
                        return;
                    }
                } catch (NumberFormatException malformed) {
                    // Vert.x rejects the request itself
                }
            }
            ctx.next();
        });
        // after it: a chunked body is counted against this path's limit, not the global one
        router.route().order(-1).handler(ctx -> {
            if (ctx.request().getHeader("Content-Length") == null) {
                ctx.put(QUARKUS_LIMIT, limit(ctx.request()));
            }
            ctx.next();
        });
    }

    private long limit(HttpServerRequest request) {
        return request.method() == HttpMethod.POST && IMPORT_PATH.equals(request.path())
                ? importMaxBytes + MULTIPART_MARGIN
                : otherMaxBytes;
    }
}
