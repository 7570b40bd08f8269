package vn.treem.gateway.routing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.vertx.core.MultiMap;

/**
 * Which headers cross the gateway. End-to-end headers pass unchanged, {@code Authorization} included (the services
 * validate tokens themselves); hop-by-hop headers stop here (RFC 9110 §7.6.1); the service learns the caller's address,
 * scheme and host from {@code X-Forwarded-*}, so the {@code Location} headers it builds name the gateway.
 */
public final class ProxyHeaders {

    static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    public static final String X_FORWARDED_FOR = "X-Forwarded-For";
    public static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    public static final String X_FORWARDED_HOST = "X-Forwarded-Host";

    private ProxyHeaders() {
    }

    /**
     * The headers to send to the service.
     *
     * @param incoming
     *            the caller's request headers
     * @param clientAddress
     *            the caller's IP address, appended to {@code X-Forwarded-For}
     * @param scheme
     *            the scheme the caller used, unless a proxy in front of the gateway already said
     * @param host
     *            the {@code Host} the caller used, unless a proxy in front of the gateway already said
     */
    public static MultiMap toBackend(MultiMap incoming, String clientAddress, String scheme, String host) {
        MultiMap out = endToEnd(incoming);
        // The client sets Host for the service; a 100-continue handshake is between the caller and the gateway.
        out.remove("Host");
        out.remove("Expect");
        List<String> forwardedFor = incoming.getAll(X_FORWARDED_FOR);
        out.remove(X_FORWARDED_FOR);
        String chain = String.join(", ", forwardedFor);
        if (clientAddress != null) {
            chain = chain.isBlank() ? clientAddress : chain + ", " + clientAddress;
        }
        if (!chain.isBlank()) {
            out.set(X_FORWARDED_FOR, chain);
        }
        if (!out.contains(X_FORWARDED_PROTO) && scheme != null) {
            out.set(X_FORWARDED_PROTO, scheme);
        }
        if (!out.contains(X_FORWARDED_HOST) && host != null) {
            out.set(X_FORWARDED_HOST, host);
        }
        return out;
    }

    /** The service's response headers to send back to the caller. */
    public static MultiMap toClient(MultiMap fromBackend) {
        return endToEnd(fromBackend);
    }

    private static MultiMap endToEnd(MultiMap headers) {
        Set<String> dropped = new HashSet<>(HOP_BY_HOP);
        for (String connection : headers.getAll("Connection")) {
            for (String token : connection.split(",")) {
                dropped.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(header -> {
            if (!dropped.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.add(header.getKey(), header.getValue());
            }
        });
        return out;
    }
}
