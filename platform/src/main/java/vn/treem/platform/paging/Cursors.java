package vn.treem.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;

/**
 * Opaque pagination cursors ({@code ?cursor=}): the sort key of the last item of a page, base64url-encoded. Clients
 * pass {@code nextCursor} back unchanged; a cursor that was tampered with is a 400 on the {@code cursor} field.
 */
public final class Cursors {

    private static final String SEPARATOR = "\u001f";

    private Cursors() {
    }

    public static String encode(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code count} parts of {@code cursor}; answers 400 when it is not a cursor of that shape. */
    public static List<String> decode(String cursor, int count) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            if (parts.length != count) {
                throw new IllegalArgumentException("expected " + count + " parts");
            }
            return Arrays.asList(parts);
        } catch (IllegalArgumentException garbled) {
            throw ProblemException.invalid(new FieldViolation("cursor", "INVALID_VALUE"));
        }
    }

    /** A cursor part that holds a record id; 400 on {@code cursor} when it does not. */
    public static java.util.UUID uuidPart(String part) {
        try {
            return java.util.UUID.fromString(part);
        } catch (IllegalArgumentException garbled) {
            throw vn.treem.platform.problem.ProblemException
                    .invalid(new vn.treem.platform.problem.FieldViolation("cursor", "INVALID_VALUE"));
        }
    }

    /** A cursor part that holds an instant; 400 on {@code cursor} when it does not. */
    public static java.time.OffsetDateTime timePart(String part) {
        try {
            return java.time.OffsetDateTime.parse(part);
        } catch (RuntimeException garbled) {
            throw vn.treem.platform.problem.ProblemException
                    .invalid(new vn.treem.platform.problem.FieldViolation("cursor", "INVALID_VALUE"));
        }
    }
}
