package vn.treem.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.treem.platform.i18n.Languages;

/** Requests that no resource or built-in endpoint handles still get a problem document, not an empty 404. */
@ApplicationScoped
public class FallbackRoutes {

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE - 10).handler(ctx -> write(ctx, ProblemType.NOT_FOUND));
    }

    public static void write(RoutingContext ctx, ProblemType type, Object... detailArgs) {
        if (ctx.response().ended()) {
            return;
        }
        var locale = Languages.negotiate(ctx.request().getHeader("Accept-Language"));
        Problem problem = ProblemResponses.of(type, locale, ctx.request().path(), detailArgs);
        ctx.response().setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", locale.toLanguageTag())
                .end(ProblemResponses.json(problem));
    }
}
