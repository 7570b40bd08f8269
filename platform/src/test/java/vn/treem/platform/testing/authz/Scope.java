package vn.treem.platform.testing.authz;

import java.util.Locale;

/** Where the caller's unit lies relative to the fixture's resources; {@code ANY} for a caller without a token. */
public enum Scope {

    INSIDE, OUTSIDE, ANY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Scope parse(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
