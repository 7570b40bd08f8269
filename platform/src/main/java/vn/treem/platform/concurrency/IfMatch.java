package vn.treem.platform.concurrency;

import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * Optimistic concurrency for updates (RFC 9110 conditional requests). A record's ETag is its version number in quotes;
 * every update must send it back in {@code If-Match}. Missing: 428. Stale: 412 with the current ETag, so that a phone
 * that edited offline learns that someone else changed the record and never overwrites that change silently.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    public static final String ETAG = "ETag";

    private IfMatch() {
    }

    /** The ETag of a record at {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version the client last saw, from its {@code If-Match} header. */
    public static long version(String header) {
        if (header == null || header.isBlank()) {
            throw ProblemException.of(ProblemType.PRECONDITION_REQUIRED);
        }
        String value = header.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notOurs) {
            throw ProblemException.invalid(new FieldViolation(HEADER, "INVALID_ETAG"));
        }
    }

    /** Answers 412, with the current ETag, unless the client saw the {@code current} version. */
    public static void check(long expected, long current) {
        if (expected != current) {
            throw ProblemException.of(ProblemType.PRECONDITION_FAILED).withHeader(ETAG, etag(current));
        }
    }
}
