package vn.treem.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vertx.core.MultiMap;

/**
 * Which headers cross the gateway. End-to-end headers pass unchanged, {@code Authorization} included (the services
 * validate tokens themselves); hop-by-hop headers stop here (RFC 9110 §7.6.1); the service learns the caller's address,
 * scheme and host from {@code X-Forwarded-*}, so the {@code Location} headers it builds name the gateway.
 */
public final class ProxyHeaders {

    private static final List<String> HOP_BY_HOP = List.of("connection", "keep-alive", "proxy-authenticate",
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

    /**
     * The headers without the hop-by-hop ones. Runs twice per proxied request, so it allocates nothing but the copy:
     * names are compared ignoring case rather than lower-cased, and the {@code Connection} header (rare on HTTP/1.1
     * keep-alive traffic) is only split when present.
     */
    private static MultiMap endToEnd(MultiMap headers) {
        List<String> named = namedInConnection(headers);
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey();
            if (!isHopByHop(name) && !containsIgnoringCase(named, name)) {
                out.add(name, header.getValue());
            }
        }
        return out;
    }

    private static boolean isHopByHop(String name) {
        return containsIgnoringCase(HOP_BY_HOP, name);
    }

    /** The header names listed in {@code Connection} (RFC 9110 §7.6.1), which stop here too. */
    private static List<String> namedInConnection(MultiMap headers) {
        List<String> values = headers.getAll("Connection");
        if (values.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String value : values) {
            for (String token : value.split(",")) {
                if (!token.isBlank()) {
                    names.add(token.trim());
                }
            }
        }
        return names;
    }

    private static boolean containsIgnoringCase(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
