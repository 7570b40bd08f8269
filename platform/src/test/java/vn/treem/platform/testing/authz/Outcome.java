package vn.treem.platform.testing.authz;

import java.util.Locale;

/** What a caller gets from an operation, as the authorization matrix records it. */
public enum Outcome {

    /** Any answer below 500 other than 401, 403 and 404: the request reached the operation's own rules. */
    ALLOWED,
    /** 403: the role may never do this, or the request names a unit the caller does not serve. */
    FORBIDDEN,
    /** 404: the resource exists but is out of the caller's reach, answered as if it did not exist. */
    HIDDEN,
    /** 401: no valid token. */
    UNAUTHENTICATED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Outcome parse(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }

    /** The outcome of an answer with {@code status}; 5xx answers have none (they fail the matrix). */
    static Outcome of(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> HIDDEN;
            default -> ALLOWED;
        };
    }
}
