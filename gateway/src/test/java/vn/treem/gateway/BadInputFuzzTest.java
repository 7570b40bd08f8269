package vn.treem.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import vn.treem.gateway.support.Backends;
import vn.treem.gateway.support.CaseBackend;
import vn.treem.gateway.support.PlanBackend;
import vn.treem.platform.security.Roles;
import vn.treem.platform.testing.TestTokens;
import vn.treem.platform.testing.fuzz.ApiOperation;
import vn.treem.platform.testing.fuzz.BadInputFuzzer;

/**
 * The bad-input suite for the gateway (issue #8): its own operations (development tokens, problem pages) from its
 * OpenAPI document, and the proxied paths of plan-service and case-service (stand-ins that refuse everything with a
 * problem), with hostile paths, queries, headers and bodies. No 5xx, no hang, every 4xx a problem document in the
 * language asked for, and nothing reaches a stand-in outside the paths its service owns. Rate limits are raised here
 * (RateLimitTest covers them): the point is the input, not the volume.
 */
@QuarkusTest
@TestProfile(BadInputFuzzTest.WideBuckets.class)
@WithTestResource(Backends.class)
class BadInputFuzzTest {

    public static class WideBuckets implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("treem.gateway.rate-limit.per-client.capacity", "10000000",
                    "treem.gateway.rate-limit.per-client.refill", "10000000",
                    "treem.gateway.rate-limit.per-user.capacity", "10000000",
                    "treem.gateway.rate-limit.per-user.refill", "10000000",
                    // the production time limit, not the test profile's 1 s (made for the timeout tests): the
                    // stand-ins are slow on a loaded machine and a 504 would say nothing about the input
                    "treem.gateway.request-timeout", "10s");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @PlanBackend
    WireMockServer plan;

    @CaseBackend
    WireMockServer cases;

    @ConfigProperty(name = "treem.gateway.services.plan.prefixes")
    List<String> planPrefixes;

    @ConfigProperty(name = "treem.gateway.services.case.prefixes")
    List<String> casePrefixes;

    @Test
    void hostileRequestsAreRefusedWithProblemsAndNeverLeaveTheOwnedPaths() throws Exception {
        for (WireMockServer backend : List.of(plan, cases)) {
            backend.resetAll();
            for (String language : List.of("vi", "en")) {
                backend.stubFor(any(anyUrl()).withHeader("Accept-Language", equalTo(language))
                        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                                .withHeader("Content-Language", language)
                                .withBody("{\"type\":\"/problems/validation-failed\",\"title\":\"stand-in\","
                                        + "\"status\":400}")));
            }
        }
        String auth = TestTokens.bearer("01", Roles.ALL.toArray(String[]::new));
        List<ApiOperation> proxied = new ArrayList<>();
        for (String prefix : planPrefixes) {
            proxied.addAll(proxiedOperations(prefix));
        }
        for (String prefix : casePrefixes) {
            proxied.addAll(proxiedOperations(prefix));
        }

        BadInputFuzzer.Report report = new BadInputFuzzer("gateway", URI.create(base.toString()))
                .openApiPath("/q/openapi-gateway?format=json").bearer(() -> auth).extraOperations(proxied)
                // the development token issuer takes no token by design (ADR 0006): a garbage one changes nothing
                .openOperations(op -> op.path().equals("/api/v1/dev/tokens")).run();

        assertThat(report.requests()).isEqualTo(BadInputFuzzer.requestsToSend());
        assertThat(report.serverErrors()).as("5xx answers").isZero();
        // WireMock's Jetty answers an encoded NUL in a path itself (an HTML 400); the gateway forwards the path as it
        // came, and the real services answer it with a problem (their own fuzz tests), so those are not the gateway's.
        assertThat(report.failures().stream().filter(f -> !f.contains("<h1>Bad Message 400</h1>")).toList())
                .as("broken invariants").isEmpty();
        assertThat(outsideOwnedPaths(plan, planPrefixes)).as("requests that reached plan-service elsewhere").isEmpty();
        assertThat(outsideOwnedPaths(cases, casePrefixes)).as("requests that reached case-service elsewhere").isEmpty();
    }

    /** GET, POST, PUT and DELETE of {prefix}/{id}, with a typed JSON body for the writes. */
    private static List<ApiOperation> proxiedOperations(String prefix) throws Exception {
        JsonNode uuid = JSON.readTree("{\"type\":\"string\",\"format\":\"uuid\"}");
        JsonNode text = JSON.readTree("{\"type\":\"string\"}");
        JsonNode body = JSON.readTree("""
                {"type":"object","required":["code","date","count","kind"],"properties":{
                 "code":{"type":"string","pattern":"^[0-9]{2,5}$","maxLength":5},
                 "date":{"type":"string","format":"date"},
                 "count":{"type":"integer","minimum":0,"maximum":1000},
                 "kind":{"type":"string","enum":["A","B"]},
                 "note":{"type":"string"}}}""");
        var id = new ApiOperation.Parameter("id", "path", uuid, true);
        var query = new ApiOperation.Parameter("q", "query", text, false);
        var key = new ApiOperation.Parameter("Idempotency-Key", "header", text, false);
        List<ApiOperation> ops = new ArrayList<>();
        ops.add(new ApiOperation("GET", prefix + "/{id}", List.of(id, query), List.of(), null, false));
        ops.add(new ApiOperation("POST", prefix + "/{id}", List.of(id, query, key), List.of("application/json"), body,
                true));
        ops.add(new ApiOperation("PUT", prefix + "/{id}", List.of(id, key), List.of("application/json"), body, true));
        ops.add(new ApiOperation("DELETE", prefix + "/{id}", List.of(id), List.of(), null, false));
        return ops;
    }

    /** Requests a stand-in received whose decoded path is not under one of its service's prefixes, or climbs. */
    private static List<String> outsideOwnedPaths(WireMockServer backend, List<String> prefixes) {
        List<String> outside = new ArrayList<>();
        backend.getAllServeEvents().forEach(event -> {
            String url = event.getRequest().getUrl();
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            String decoded;
            try {
                decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = path;
            }
            String checked = decoded;
            boolean owned = prefixes.stream().anyMatch(p -> checked.equals(p) || checked.startsWith(p + "/"));
            if (!owned || ("/" + checked + "/").contains("/../") || ("/" + checked + "/").contains("/./")) {
                outside.add(event.getRequest().getMethod() + " " + url);
            }
        });
        return outside;
    }
}
