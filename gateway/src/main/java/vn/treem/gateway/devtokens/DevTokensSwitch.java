package vn.treem.gateway.devtokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import vn.treem.platform.problem.FallbackRoutes;
import vn.treem.platform.problem.ProblemType;

/**
 * When development tokens are disabled, {@code /api/v1/dev/...} answers 404 before anything reads the request, so a
 * production gateway does not even reveal that the address exists (a malformed body still gets 404, not 400).
 */
@ApplicationScoped
public class DevTokensSwitch {

    static final String PATHS = "/api/v1/dev/*";

    @Inject
    DevTokensConfig config;

    void install(@Observes Router router) {
        router.route(PATHS).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(ctx -> {
            if (config.enabled()) {
                ctx.next();
            } else {
                FallbackRoutes.write(ctx, ProblemType.NOT_FOUND);
            }
        });
    }
}
