package vn.treem.platform.problem;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.treem.platform.i18n.Messages;

/** Turns problem types and exceptions into localized {@link Problem} documents and their JSON. */
public final class ProblemResponses {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private ProblemResponses() {
    }

    public static Problem of(ProblemException problem, Locale locale, String instance) {
        ProblemType type = problem.type();
        String detail = problem.detailKey() == null
                ? Messages.text(locale, type.key("detail"))
                : Messages.text(locale, problem.detailKey(), problem.detailArgs());
        List<Problem.FieldError> errors = problem.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.code(),
                        Messages.text(locale, "error." + v.code(), v.args())))
                .toList();
        return new Problem(type.uri(), Messages.text(locale, type.key("title")), type.status(), detail, instance,
                errors, problem.allowed(), problem.candidates());
    }

    /** A problem of {@code type} with the type's own detail text, filled with {@code detailArgs}. */
    public static Problem of(ProblemType type, Locale locale, String instance, Object... detailArgs) {
        return new Problem(type.uri(), Messages.text(locale, type.key("title")), type.status(),
                Messages.text(locale, type.key("detail"), detailArgs), instance, List.of(), List.of(), List.of());
    }

    public static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a problem document could not be written", impossible);
        }
    }
}
