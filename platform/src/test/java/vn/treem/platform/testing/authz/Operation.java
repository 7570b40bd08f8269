package vn.treem.platform.testing.authz;

import java.util.Set;

/**
 * An operation of the service's OpenAPI document: method and path template, and the header parameters it declares
 * ({@code If-Match}, {@code Idempotency-Key}).
 */
public record Operation(String method, String path, Set<String> headers) {

    public static final String IF_MATCH = "If-Match";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** {@code METHOD path}, how fixtures and failure messages name the operation. */
    public String key() {
        return method + " " + path;
    }

    public boolean declares(String header) {
        return headers.stream().anyMatch(header::equalsIgnoreCase);
    }

    @Override
    public String toString() {
        return key();
    }
}
