package vn.treem.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by resources and domain code to answer with a problem document. Messages are keys, resolved in the caller's
 * language when the response is written, so domain code never deals with languages.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] detailArgs;
    private final List<FieldViolation> violations;
    private final List<String> allowed;
    private final Map<String, String> headers;
    private final transient List<?> candidates;

    private ProblemException(ProblemType type, String detailKey, Object[] detailArgs, List<FieldViolation> violations,
            List<String> allowed, Map<String, String> headers, List<?> candidates) {
        super(type.slug() + (detailKey == null ? "" : ": " + detailKey), null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.violations = violations;
        this.allowed = allowed;
        this.headers = headers;
        this.candidates = candidates;
    }

    public static ProblemException of(ProblemType type) {
        return new ProblemException(type, null, new Object[0], List.of(), List.of(), Map.of(), List.of());
    }

    /** A problem whose detail is the message {@code detailKey} with {@code args}. */
    public static ProblemException of(ProblemType type, String detailKey, Object... args) {
        return new ProblemException(type, detailKey, args, List.of(), List.of(), Map.of(), List.of());
    }

    public static ProblemException invalid(FieldViolation... violations) {
        return invalid(List.of(violations));
    }

    public static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, null, new Object[0], List.copyOf(violations),
                List.of(), Map.of(), List.of());
    }

    public ProblemException withAllowed(List<String> values) {
        return new ProblemException(type, detailKey, detailArgs, violations, List.copyOf(values), headers, candidates);
    }

    public ProblemException withHeader(String name, String value) {
        var copy = new java.util.HashMap<>(headers);
        copy.put(name, value);
        return new ProblemException(type, detailKey, detailArgs, violations, allowed, Map.copyOf(copy), candidates);
    }

    /** Existing records the request may duplicate; shown in the problem's {@code candidates} member. */
    public ProblemException withCandidates(List<?> values) {
        return new ProblemException(type, detailKey, detailArgs, violations, allowed, headers, List.copyOf(values));
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public List<String> allowed() {
        return allowed;
    }

    public List<?> candidates() {
        return candidates;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
