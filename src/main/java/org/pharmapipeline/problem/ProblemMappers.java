package org.pharmapipeline.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Messages are written here, never copied from an
 * exception, so no class name, stack trace or SQL reaches a client.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern UNIQUE_KEY = Pattern.compile("uk_[a-z0-9_]+?__([a-z0-9_]+)");
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return response(e, uri);
    }

    /** The problem+json answer of a problem, for mappers elsewhere. */
    public static Response response(ProblemException e, UriInfo uri) {
        return Response.status(e.status())
                .type(PROBLEM_JSON)
                .entity(e.toProblem(uri == null ? null : uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations =
                e.getConstraintViolations().stream()
                        .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                        .sorted(
                                Comparator.comparing(Problem.Violation::field)
                                        .thenComparing(Problem.Violation::message))
                        .toList();
        ProblemException p = ProblemException.invalid(violations);
        return problem(p, uri);
    }

    // Listed one by one so these take precedence over the framework's own mappers for Jackson
    // errors.
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class,
        ValueInstantiationException.class,
        InvalidTypeIdException.class
    })
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = field.isEmpty() ? u.getPropertyName() : field;
            message = "is not a known property";
        } else if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            message =
                    "must be one of "
                            + Arrays.stream(f.getTargetType().getEnumConstants())
                                    .map(Object::toString)
                                    .collect(Collectors.joining(", "));
        } else if (e instanceof ValueInstantiationException v) {
            message = "is not valid";
        } else if (e instanceof MismatchedInputException m
                && m.getTargetType() != null
                && !String.valueOf(m.getOriginalMessage()).startsWith("Trailing token")) {
            message = "must be " + describe(m.getTargetType());
        } else {
            JsonLocation at = e.getLocation();
            String where =
                    at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return problem(
                    new ProblemException(
                            400,
                            ProblemType.MALFORMED_JSON,
                            "The request body is not valid JSON",
                            "The body could not be parsed as JSON" + where + ".",
                            List.of(
                                    new Problem.Violation(
                                            field.isEmpty() ? "body" : field,
                                            "is not valid JSON"))),
                    uri);
        }
        return problem(ProblemException.invalid(field.isEmpty() ? "body" : field, message), uri);
    }

    @ServerExceptionMapper
    public Response databaseConstraint(
            org.hibernate.exception.ConstraintViolationException e, UriInfo uri, Request request) {
        String name =
                e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase(Locale.ROOT);
        if (name.contains("fk_")
                || e.getKind()
                        == org.hibernate.exception.ConstraintViolationException.ConstraintKind
                                .FOREIGN_KEY) {
            return problem(
                    ProblemException.conflict(
                            "DELETE".equals(request.getMethod())
                                    ? "Other records still refer to this one; delete them or change their references first."
                                    : "A record this one refers to was deleted meanwhile; read it again and retry.",
                            null),
                    uri);
        }
        // Unique constraints are named uk_<table>__<column>, which tells the client the field.
        Matcher unique = UNIQUE_KEY.matcher(name);
        List<Problem.Violation> violations =
                unique.find()
                        ? List.of(
                                new Problem.Violation(
                                        camelCase(unique.group(1)),
                                        "is already used by another record"))
                        : List.of();
        return problem(
                ProblemException.conflict(
                        "A record with the same identifying values already exists.", violations),
                uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentWrite(RuntimeException e, UriInfo uri) {
        return problem(
                ProblemException.stale(
                        "Another request changed the record first; read it again and retry."),
                uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemException known =
                switch (status) {
                    case 404 -> ProblemException.notFoundPath(uri.getPath());
                    case 405 -> ProblemException.methodNotAllowed();
                    case 406 -> ProblemException.notAcceptable();
                    case 415 -> ProblemException.unsupportedMediaType();
                    default -> {
                        Response.Status reason = Response.Status.fromStatusCode(status);
                        String title =
                                reason == null ? "Request rejected" : reason.getReasonPhrase();
                        yield new ProblemException(
                                status, ProblemType.ABOUT_BLANK, title, title + ".", null);
                    }
                };
        Response problem = problem(known, uri);
        // Keep headers the framework set for the client (Allow on 405, for example).
        Response.ResponseBuilder copy = Response.fromResponse(problem);
        e.getResponse()
                .getHeaders()
                .forEach(
                        (name, values) -> {
                            if (!name.equalsIgnoreCase("Content-Type")
                                    && !name.equalsIgnoreCase("Content-Length")) {
                                values.forEach(v -> copy.header(name, v));
                            }
                        });
        return copy.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.isOutage(e)) {
            // Neither the message nor the statement: they may hold values from the request.
            LOG.warnf("Database unavailable on %s (%s)", uri.getPath(), e.getClass().getName());
            return Response.fromResponse(problem(ProblemException.databaseUnavailable(), uri))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                    .build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return problem(ProblemException.internalError(errorId), uri);
    }

    /** The client-facing name of a violated field: body path, query parameter or header. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT
                    || node.getKind() == ElementKind.BEAN) {
                if (node.getIndex() != null && !parts.isEmpty()) {
                    // Hibernate Validator puts the index of a list element on the node after the
                    // list.
                    parts.set(
                            parts.size() - 1,
                            parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    parts.add(node.getName());
                }
            }
        }
        if (parts.isEmpty()) {
            // Query parameters are declared with the same Java name as their query name.
            return parameter == null ? "request" : parameter;
        }
        return String.join(".", parts);
    }

    private static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
