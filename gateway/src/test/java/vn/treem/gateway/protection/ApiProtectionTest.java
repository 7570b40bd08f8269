package vn.treem.gateway.protection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.treem.gateway.support.Backends;

/** Headers that keep browsers from caching or framing API answers, CORS for the web client only, size limits. */
@QuarkusTest
@WithTestResource(Backends.class)
class ApiProtectionTest {

    static final String WEB_CLIENT = "https://web.treem.test";

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    int port;

    @org.junit.jupiter.api.BeforeEach
    void port() {
        port = root.getPort();
    }

    @Test
    void apiAnswersAreNotCachedSniffedFramedOrReferred() {
        given().when().get("/api/v1/no-such-resource").then().statusCode(404)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void theWebClientsOriginMayCallTheApiAndNoOtherOrigin() {
        given().header("Origin", WEB_CLIENT).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .when().options("/api/v1/cases/00000000-0000-0000-0000-000000000000")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", WEB_CLIENT)
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("PUT"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/cases")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").when().get("/api/v1/no-such-resource")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aBodyOverElevenMegabytesIsRefusedBeforeItIsSent() throws Exception {
        // Announced length over the limit: the gateway answers 413 at once, without reading the body.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/cases/00000000-0000-0000-0000-000000000000/attachments"
                    + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: " + (12 * 1024 * 1024) + "\r\n\r\n").getBytes(
                            java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            org.assertj.core.api.Assertions.assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aChildImportFileOverElevenMegabytesGoesThroughToCaseService() throws Exception {
        byte[] file = new byte[12 * 1024 * 1024];
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(root.toURI().resolve("/api/v1/child-imports?fileName=ds.csv"))
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(file))
                .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as("answered by the (fake) case-service")
                .isNotEqualTo(413).isLessThan(500);
    }

    @Test
    void headersOverTheLimitAreRefused() {
        given().header("X-Padding", "x".repeat(20 * 1024)).when().get("/api/v1/no-such-resource")
                .then().statusCode(equalTo(431));
    }

    @jakarta.inject.Inject
    ApiProtection protection;

    @Test
    void onlyATokenWhoseSignatureAndExpiryVerifyNamesItsUser() {
        String alice = vn.treem.platform.testing.TestTokens.bearerFor("alice", "00004", "CASE_WORKER");
        org.assertj.core.api.Assertions.assertThat(protection.user(alice)).isEqualTo("alice");
        org.assertj.core.api.Assertions.assertThat(protection.user(alice)).as("the second time, from the cache")
                .isEqualTo("alice");
        String forged = alice.substring(0, alice.length() - 4) + (alice.endsWith("AAAA") ? "BBBB" : "AAAA");
        org.assertj.core.api.Assertions.assertThat(protection.user(forged)).isNull();
        // Expired two hours ago: far beyond the verifier's clock skew allowance.
        String expired = "Bearer " + io.smallrye.jwt.build.Jwt.issuer(vn.treem.platform.testing.TestTokens.ISSUER)
                .audience(vn.treem.platform.testing.TestTokens.AUDIENCE).subject("carol")
                .groups(java.util.Set.of("CASE_WORKER")).claim("unit", "00004")
                .issuedAt(java.time.Instant.now().minusSeconds(3 * 3600))
                .expiresAt(java.time.Instant.now().minusSeconds(2 * 3600))
                .sign(vn.treem.platform.testing.TestTokens.SIGNING_KEY);
        org.assertj.core.api.Assertions.assertThat(protection.user(expired)).isNull();
        org.assertj.core.api.Assertions.assertThat(protection.user("Basic YWxpY2U6c2VjcmV0")).isNull();
        org.assertj.core.api.Assertions.assertThat(protection.user(null)).isNull();
    }
}
