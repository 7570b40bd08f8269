package vn.treem.platform.problem;

import java.net.URI;

/**
 * The catalogue of problem types every Treem service answers with (RFC 9457). The {@code type} URI is stable and
 * relative ({@code /problems/<slug>}); the gateway serves a human-readable page at that path.
 */
public enum ProblemType {

    VALIDATION_FAILED("validation-failed", 400), MALFORMED_REQUEST("malformed-request", 400), UNAUTHORIZED(
            "unauthorized", 401), FORBIDDEN("forbidden", 403), OUTSIDE_JURISDICTION("outside-jurisdiction",
                    403), NOT_FOUND("not-found", 404), METHOD_NOT_ALLOWED("method-not-allowed", 405), NOT_ACCEPTABLE(
                            "not-acceptable", 406), CONFLICT("conflict", 409), ILLEGAL_TRANSITION("illegal-transition",
                                    409), POSSIBLE_DUPLICATE("possible-duplicate", 409), PAYLOAD_TOO_LARGE(
                                            "payload-too-large",
                                            413), PRECONDITION_FAILED("precondition-failed",
                                                    412), UNSUPPORTED_MEDIA_TYPE(
                                                            "unsupported-media-type",
                                                            415), IDEMPOTENCY_KEY_REUSED("idempotency-key-reused",
                                                                    422), PRECONDITION_REQUIRED("precondition-required",
                                                                            428), RATE_LIMITED("rate-limited",
                                                                                    429), INTERNAL_ERROR(
                                                                                            "internal-error",
                                                                                            500), SERVICE_UNAVAILABLE(
                                                                                                    "service-unavailable",
                                                                                                    503), GATEWAY_TIMEOUT(
                                                                                                            "gateway-timeout",
                                                                                                            504);

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create("/problems/" + slug);
    }

    /** The message key of this type's title; {@code .detail} and {@code .description} follow the same pattern. */
    public String key(String part) {
        return "problem." + slug + "." + part;
    }

    /** The generic type for an HTTP status that has no more specific type. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != OUTSIDE_JURISDICTION && type != MALFORMED_REQUEST
                    && type != ILLEGAL_TRANSITION && type != POSSIBLE_DUPLICATE) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }

    public static java.util.Optional<ProblemType> bySlug(String slug) {
        for (ProblemType type : values()) {
            if (type.slug.equals(slug)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
