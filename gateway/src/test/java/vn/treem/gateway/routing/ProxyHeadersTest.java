package vn.treem.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.MultiMap;

class ProxyHeadersTest {

    @Test
    void endToEndHeadersPassUnchangedAuthorizationIncluded() {
        MultiMap in = headers("Authorization", "Bearer eyJ.abc.def", "Accept-Language", "en", "If-Match", "\"3\"",
                "Idempotency-Key", "k-1", "Content-Type", "application/json", "Content-Length", "42");

        MultiMap out = ProxyHeaders.toBackend(in, "10.0.0.7", "http", "gateway.treem.vn");

        assertThat(out.get("Authorization")).isEqualTo("Bearer eyJ.abc.def");
        assertThat(out.get("Accept-Language")).isEqualTo("en");
        assertThat(out.get("If-Match")).isEqualTo("\"3\"");
        assertThat(out.get("Idempotency-Key")).isEqualTo("k-1");
        assertThat(out.get("Content-Length")).isEqualTo("42");
    }

    @Test
    void hopByHopHeadersAndThoseNamedInConnectionStopAtTheGateway() {
        MultiMap in = headers("Connection", "keep-alive, X-Hop", "Keep-Alive", "timeout=5", "X-Hop", "1",
                "Transfer-Encoding", "chunked", "Proxy-Authorization", "Basic c2VjcmV0", "TE", "trailers",
                "Upgrade", "h2c", "Host", "gateway.treem.vn", "Expect", "100-continue", "X-Kept", "yes");

        MultiMap out = ProxyHeaders.toBackend(in, null, null, null);

        assertThat(out.names()).containsExactly("X-Kept");
    }

    @Test
    void hopByHopNamesAreMatchedWhateverTheirCase() {
        MultiMap in = headers("connection", "close, x-HOP", "KEEP-ALIVE", "timeout=5", "X-Hop", "1",
                "transfer-Encoding", "chunked", "X-Kept", "yes");

        MultiMap out = ProxyHeaders.toBackend(in, null, null, null);

        assertThat(out.names()).containsExactly("X-Kept");
        assertThat(ProxyHeaders.toClient(in).names()).containsExactly("X-Kept");
    }

    @Test
    void theServiceLearnsTheCallerAddressSchemeAndHost() {
        MultiMap out = ProxyHeaders.toBackend(headers(), "10.0.0.7", "https", "api.treem.vn");

        assertThat(out.get("X-Forwarded-For")).isEqualTo("10.0.0.7");
        assertThat(out.get("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(out.get("X-Forwarded-Host")).isEqualTo("api.treem.vn");
    }

    @Test
    void forwardingSetByAProxyInFrontOfTheGatewayIsKeptAndTheChainExtended() {
        MultiMap in = headers("X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https", "X-Forwarded-Host",
                "treem.gov.vn");

        MultiMap out = ProxyHeaders.toBackend(in, "10.0.0.2", "http", "gateway:8080");

        assertThat(out.getAll("X-Forwarded-For")).containsExactly("203.0.113.9, 10.0.0.2");
        assertThat(out.get("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(out.get("X-Forwarded-Host")).isEqualTo("treem.gov.vn");
    }

    @Test
    void responseHeadersLoseOnlyHopByHopOnes() {
        MultiMap out = ProxyHeaders.toClient(headers("Location", "/api/v1/cases/1", "ETag", "\"1\"",
                "Transfer-Encoding", "chunked", "Connection", "close", "Set-Cookie", "a=b"));

        assertThat(out.names()).containsExactlyInAnyOrder("Location", "ETag", "Set-Cookie");
    }

    @Test
    void onlyAnswersThatNeverCameAreTimeoutsNotRefusedConnections() {
        assertThat(ProxyExchange.isTimeout(new TimeoutException("idle"))).isTrue();
        assertThat(ProxyExchange.isTimeout(new RuntimeException(new TimeoutException()))).isTrue();
        assertThat(ProxyExchange.isTimeout(new ConnectException("refused"))).isFalse();
        assertThat(ProxyExchange.isTimeout(new ConnectTimeoutException("connect timed out"))).isFalse();
        assertThat(ProxyExchange.isTimeout(new IllegalStateException("closed"))).isFalse();
    }

    private static MultiMap headers(String... pairs) {
        MultiMap map = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
