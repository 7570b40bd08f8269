package vn.treem.cases.national;

import java.time.Duration;

/**
 * Why a call to the national child database failed. Codes and HTTP statuses only: the remote's own error texts may
 * quote the data that was sent (names, ID numbers) and are never kept or logged.
 */
public abstract sealed class NationalRegistryException extends RuntimeException {

    private final String code;
    private final Integer httpStatus;

    NationalRegistryException(String code, Integer httpStatus) {
        super(code + (httpStatus == null ? "" : " (HTTP " + httpStatus + ")"), null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** Our stable code of the failure, e.g. {@code CONNECTION_FAILED}, {@code REMOTE_5XX}, {@code REJECTED}. */
    public String code() {
        return code;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    /**
     * The national system is down, slow, overloaded, or refused our credentials: the same request may succeed later.
     */
    public static final class Unavailable extends NationalRegistryException {

        public static final String CONNECTION_FAILED = "CONNECTION_FAILED";
        public static final String TIMEOUT = "TIMEOUT";
        public static final String REMOTE_5XX = "REMOTE_5XX";
        public static final String RATE_LIMITED = "RATE_LIMITED";
        public static final String AUTH_REJECTED = "AUTH_REJECTED";
        public static final String TOKEN_UNAVAILABLE = "TOKEN_UNAVAILABLE";
        public static final String CIRCUIT_OPEN = "CIRCUIT_OPEN";
        public static final String UNEXPECTED_ANSWER = "UNEXPECTED_ANSWER";
        public static final String NOT_CONFIGURED = "NOT_CONFIGURED";

        private final Duration retryAfter;
        private final String detail;

        public Unavailable(String code, Integer httpStatus, Duration retryAfter) {
            this(code, httpStatus, retryAfter, null);
        }

        /** {@code detail}: class names of the failure only (its messages may quote data). */
        public Unavailable(String code, Integer httpStatus, Duration retryAfter, String detail) {
            super(code, httpStatus);
            this.retryAfter = retryAfter;
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }

        public Unavailable(String code) {
            this(code, null, null);
        }

        /** What the remote asked for in {@code Retry-After}, if anything. */
        public Duration retryAfter() {
            return retryAfter;
        }

        public boolean isTimeout() {
            return TIMEOUT.equals(code());
        }
    }

    /**
     * The national system refused the request itself (validation, unknown child): sending it again will not help until
     * someone changes the data. {@code detail} holds the remote's error and field codes only.
     */
    public static final class Rejected extends NationalRegistryException {

        public static final String REJECTED = "REJECTED";

        private final String detail;

        public Rejected(int httpStatus, String detail) {
            super(REJECTED, httpStatus);
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }
    }
}
