package vn.treem.platform.problem;

/**
 * A field that failed validation, before its message is put into the caller's language. The message key is
 * {@code error.<code>}; {@code args} fill its placeholders.
 */
public record FieldViolation(String field, String code, Object... args) {
}
