package vn.treem.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import vn.treem.platform.i18n.Languages;

/** Every error a service can raise leaves it as an RFC 9457 problem document in the caller's language. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String DATABASE_UNAVAILABLE = "problem.service-unavailable.database";

    @ServerExceptionMapper
    public Response problem(ProblemException problem, ContainerRequestContext request) {
        return respond(request, ProblemResponses.of(problem, locale(request), path(request)), problem);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException invalid, ContainerRequestContext request) {
        List<FieldViolation> violations = invalid.getConstraintViolations().stream()
                .map(ProblemMappers::toViolation)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return problem(ProblemException.invalid(violations), request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException unreadable, ContainerRequestContext request) {
        return problem(fromJson(unreadable), request);
    }

    /** More specific than Quarkus' built-in mapper for this type, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException mismatch, ContainerRequestContext request) {
        return problem(fromJson(mismatch), request);
    }

    @ServerExceptionMapper
    public Response badJsonValue(InvalidFormatException format, ContainerRequestContext request) {
        return problem(fromJson(format), request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext request) {
        return problem(ProblemException.of(ProblemType.UNAUTHORIZED).withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer"),
                request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request) {
        return unauthorized(null, request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return problem(ProblemException.of(ProblemType.FORBIDDEN), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, request);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        return problem(ProblemException.of(ProblemType.forStatus(status)), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable error, ContainerRequestContext request) {
        String refused = refusedValueState(error);
        if (refused != null) {
            // the caller's input, not a server fault (found by the bad-input fuzzer, docs/trust.md)
            LOG.warnf("value refused by the database on %s %s: SQLSTATE %s", request.getMethod(), path(request),
                    refused);
            return problem(ProblemException.of(ProblemType.VALIDATION_FAILED), request);
        }
        if (databaseUnavailable(error)) {
            // API guidelines: 503 when a dependency is down; the client may retry (with the same Idempotency-Key)
            LOG.warnf("database unavailable on %s %s: %s", request.getMethod(), path(request),
                    SafeLog.describe(error));
            return problem(ProblemException.of(ProblemType.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE)
                    .withHeader(HttpHeaders.RETRY_AFTER, "5"), request);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf("unexpected error %s on %s %s: %s", errorId, request.getMethod(), path(request),
                SafeLog.describe(error));
        return problem(ProblemException.of(ProblemType.INTERNAL_ERROR, ProblemType.INTERNAL_ERROR.key("detail"),
                errorId), request);
    }

    /**
     * True when {@code error} comes from losing the database: a JDBC failure whose SQLState is of class 08 (connection
     * exception) or 57P01-57P03 (the server shut down, crashed or is starting), or a transient connection failure (e.g.
     * no pooled connection could be made), anywhere in the chain of causes.
     */
    static boolean databaseUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The SQLState when PostgreSQL refused a value the request carried (class 22, data exception: a NUL character, a
     * number out of range, an impossible date) anywhere in the chain of causes, else null. Plain JDBC types only, so
     * that services without Hibernate (the gateway) share the mappers.
     */
    static String refusedValueState(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static ProblemException fromJson(JsonProcessingException unreadable) {
        if (unreadable instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return ProblemException.invalid(new FieldViolation(path(format), "UNKNOWN_VALUE", allowed));
            }
            return ProblemException.invalid(new FieldViolation(path(format), "INVALID_FORMAT", expected(target)));
        }
        if (unreadable instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return ProblemException.invalid(new FieldViolation(path(mismatch), "INVALID_TYPE"));
        }
        if (unreadable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ProblemException.invalid(new FieldViolation(path(mapping), "INVALID_VALUE"));
        }
        return ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "?";
        }
        return switch (target.getSimpleName()) {
            case "LocalDate" -> "yyyy-MM-dd";
            case "OffsetDateTime", "Instant", "ZonedDateTime" -> "yyyy-MM-ddTHH:mm:ss+07:00";
            case "Integer", "int", "Long", "long", "Short", "short" -> "integer";
            case "UUID" -> "UUID";
            default -> target.getSimpleName();
        };
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static FieldViolation toViolation(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        var attributes = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank" -> new FieldViolation(field, "REQUIRED");
            case "NotEmpty" -> new FieldViolation(field, "EMPTY");
            case "Size" -> sizeViolation(field, violation.getInvalidValue(), attributes);
            // bounds as text: MessageFormat would print 2000 as "2.000" (vi) or "2,000" (en)
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> new FieldViolation(field, "TOO_SMALL",
                    String.valueOf(attributes.getOrDefault("value", 0)));
            case "Max", "DecimalMax" -> new FieldViolation(field, "TOO_LARGE", String.valueOf(attributes.get("value")));
            case "Past", "PastOrPresent" -> new FieldViolation(field, "IN_FUTURE");
            default -> new FieldViolation(field, "INVALID_VALUE");
        };
    }

    private static FieldViolation sizeViolation(String field, Object value, java.util.Map<String, Object> attributes) {
        int length = value instanceof CharSequence text
                ? text.length()
                : value instanceof java.util.Collection<?> items ? items.size() : 0;
        int max = (Integer) attributes.get("max");
        return length > max
                ? new FieldViolation(field, "TOO_LONG", max)
                : new FieldViolation(field, length == 0 ? "EMPTY" : "TOO_SHORT", attributes.get("min"));
    }

    /** {@code createIntake.request.child.fullName} becomes {@code child.fullName}: method and parameter go. */
    private static String field(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && !name.isEmpty()) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    private static Response respond(ContainerRequestContext request, Problem body, ProblemException cause) {
        Response.ResponseBuilder response = Response.status(body.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale(request).toLanguageTag())
                .entity(ProblemResponses.json(body));
        cause.headers().forEach(response::header);
        return response.build();
    }

    private static Locale locale(ContainerRequestContext request) {
        return Languages.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }
}
