package vn.treem.platform.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One malformed or hostile request. The body is built when sent (a few are megabytes).
 *
 * @param kinds
 *            the mutations applied, e.g. {@code BODY_INJECTION+BODY_WRONG_TYPE} (the second makes it invalid)
 * @param operation
 *            the operation of the OpenAPI document it was derived from
 * @param pathAndQuery
 *            already percent-encoded
 * @param language
 *            the Accept-Language sent, {@code vi} or {@code en}
 * @param mustBeRefused
 *            a write whose mutation makes it invalid: any 2xx answer is a failure
 */
public record FuzzRequest(int index, String kinds, ApiOperation operation, String method, String pathAndQuery,
        Map<String, String> headers, Supplier<byte[]> body, Supplier<String> bodyPreview, String language,
        boolean mustBeRefused) {

    static Supplier<byte[]> utf8(String text) {
        return () -> text.getBytes(StandardCharsets.UTF_8);
    }

    /** What to print about a request that broke an invariant (bodies cut, never megabytes). */
    public String describe() {
        return "#" + index + " [" + kinds + "] " + method + " " + shorten(pathAndQuery, 300) + " headers=" + headers
                .entrySet().stream().map(e -> e.getKey() + "="
                        + (e.getKey().equalsIgnoreCase("Authorization") ? "<token>" : shorten(e.getValue(), 80)))
                .toList() + " body=" + shorten(bodyPreview.get(), 300);
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
