package vn.treem.gateway.routing;

import java.net.URI;

/**
 * One service behind the gateway.
 *
 * @param name
 *            the short name used in configuration ({@code plan})
 * @param url
 *            the service's base URL
 */
public record Backend(String name, URI url) {

    /** The name users see in problem details: {@code plan-service}. */
    public String displayName() {
        return name + "-service";
    }

    public String host() {
        return url.getHost();
    }

    public boolean https() {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    public int port() {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return https() ? 443 : 80;
    }

    /** The request URI at the service for a path and raw query received by the gateway. */
    public String uri(String path, String rawQuery) {
        String base = url.getRawPath() == null ? "" : url.getRawPath();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }
}
