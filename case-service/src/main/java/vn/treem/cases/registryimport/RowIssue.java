package vn.treem.cases.registryimport;

/**
 * Why a row was not imported: the field (as in the JSON of {@code /api/v1/children}), an error code whose message is
 * {@code error.<code>}, and one argument for that message (a unit code, a row number, a group code) — never a value
 * that could be personal data.
 */
public record RowIssue(String field, String code, String arg) {

    public static final int MAX_ARG = 60;

    public RowIssue {
        if (arg != null && arg.length() > MAX_ARG) {
            arg = arg.substring(0, MAX_ARG);
        }
    }
}
