package vn.treem.cases.hotline;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * What a webhook URL must be: absolute, with a host, https (http only where allowed: development and tests), without
 * credentials or fragment. Returns the code of the first rule broken.
 */
public final class WebhookUrls {

    private WebhookUrls() {
    }

    public static Optional<String> problem(String url, boolean allowHttp) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUri) {
            return Optional.of("INVALID_URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("INVALID_URL");
        }
        if (scheme.equals("http") && !allowHttp) {
            return Optional.of("HTTPS_REQUIRED");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("URL_WITH_CREDENTIALS_OR_FRAGMENT");
        }
        return Optional.empty();
    }
}
