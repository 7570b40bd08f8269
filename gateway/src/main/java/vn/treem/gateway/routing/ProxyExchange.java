package vn.treem.gateway.routing;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.RoutingContext;
import vn.treem.platform.problem.FallbackRoutes;
import vn.treem.platform.problem.ProblemType;

/**
 * One request forwarded to a service. Exactly one answer reaches the caller: the service's response, a 503 problem when
 * the service cannot be reached, or a 504 problem when it does not answer within the request timeout. All callbacks run
 * on the caller's event loop, so the state needs no locking. Never logs bodies, queries or headers.
 */
final class ProxyExchange {

    private static final Logger LOG = Logger.getLogger(ProxyExchange.class);

    private final Vertx vertx;
    private final HttpClient client;
    private final Backend backend;
    private final long timeoutMillis;
    private final RoutingContext ctx;

    private boolean answered;
    private boolean finished;
    private long timer = -1;
    private HttpClientRequest outbound;

    ProxyExchange(Vertx vertx, HttpClient client, Backend backend, Duration timeout, RoutingContext ctx) {
        this.vertx = vertx;
        this.client = client;
        this.backend = backend;
        this.timeoutMillis = Math.max(1, timeout.toMillis());
        this.ctx = ctx;
    }

    void start() {
        HttpServerRequest in = ctx.request();
        in.pause();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(backend.host())
                .setPort(backend.port())
                .setSsl(backend.https())
                .setURI(backend.uri(ctx.normalizedPath(), in.query()))
                .setIdleTimeout(timeoutMillis)
                .setHeaders(ProxyHeaders.toBackend(in.headers(),
                        in.remoteAddress() == null ? null : in.remoteAddress().hostAddress(), in.scheme(),
                        in.host()));
        timer = vertx.setTimer(timeoutMillis, id -> timedOut());
        ctx.response().closeHandler(closed -> callerLeft());
        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                failed(connected.cause());
                return;
            }
            outbound = connected.result();
            if (answered) {
                outbound.reset();
                return;
            }
            send(outbound).onComplete(response -> {
                if (response.succeeded()) {
                    relay(response.result());
                } else {
                    failed(response.cause());
                }
            });
        });
    }

    private Future<HttpClientResponse> send(HttpClientRequest out) {
        HttpServerRequest in = ctx.request();
        RequestBody read = ctx.body();
        if (read != null && read.available()) {
            // Some route before this one already read the body.
            Buffer body = read.buffer();
            return body == null ? out.send() : out.send(body);
        }
        if (!hasBody(in)) {
            return out.send();
        }
        if ("100-continue".equalsIgnoreCase(in.getHeader("Expect"))) {
            ctx.response().writeContinue();
        }
        return out.send(in);
    }

    private static boolean hasBody(HttpServerRequest in) {
        String length = in.getHeader("Content-Length");
        if (length != null) {
            return !"0".equals(length.trim());
        }
        return in.getHeader("Transfer-Encoding") != null;
    }

    private void relay(HttpClientResponse response) {
        if (answered) {
            outbound.reset();
            return;
        }
        answered = true;
        vertx.cancelTimer(timer);
        HttpServerResponse out = ctx.response();
        out.setStatusCode(response.statusCode());
        if (response.statusMessage() != null) {
            out.setStatusMessage(response.statusMessage());
        }
        out.headers().addAll(ProxyHeaders.toClient(response.headers()));
        if (!out.headers().contains("Content-Length") && bodyAllowed(response.statusCode())) {
            out.setChunked(true);
        }
        response.pipe().endOnFailure(false).to(out).onComplete(piped -> finished = true).onFailure(broken -> {
            LOG.warnf("%s broke off its response to %s %s (%s)", backend.displayName(), ctx.request().method(),
                    ctx.normalizedPath(), broken.getClass().getName());
            out.reset();
        });
    }

    private boolean bodyAllowed(int status) {
        return ctx.request().method() != HttpMethod.HEAD && status != 204 && status != 304 && status >= 200;
    }

    private void failed(Throwable cause) {
        if (answered) {
            return;
        }
        if (isTimeout(cause)) {
            timedOut();
            return;
        }
        answered = true;
        vertx.cancelTimer(timer);
        LOG.warnf("%s unavailable for %s %s (%s)", backend.displayName(), ctx.request().method(),
                ctx.normalizedPath(), cause.getClass().getName());
        problem(ProblemType.SERVICE_UNAVAILABLE);
    }

    private void timedOut() {
        if (answered) {
            return;
        }
        answered = true;
        vertx.cancelTimer(timer);
        if (outbound != null) {
            outbound.reset();
        }
        LOG.warnf("%s did not answer %s %s within %d ms", backend.displayName(), ctx.request().method(),
                ctx.normalizedPath(), timeoutMillis);
        problem(ProblemType.GATEWAY_TIMEOUT);
    }

    private void callerLeft() {
        if (finished) {
            return;
        }
        finished = true;
        answered = true;
        vertx.cancelTimer(timer);
        if (outbound != null) {
            outbound.reset();
        }
    }

    private void problem(ProblemType type) {
        finished = true;
        HttpServerRequest in = ctx.request();
        if (hasBody(in) && !in.isEnded()) {
            // The body was not (fully) forwarded: drop the rest and do not reuse this connection.
            ctx.response().putHeader("Connection", "close");
        }
        in.resume();
        FallbackRoutes.write(ctx, type, backend.displayName());
    }

    static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return false;
            }
            if (t instanceof java.util.concurrent.TimeoutException
                    || t.getClass().getSimpleName().endsWith("TimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
