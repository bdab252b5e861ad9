package org.pharmapipeline.problem;

import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Thrown to answer with a problem; turned into a response by {@link ProblemMappers}. It is a
 * WebApplicationException so the framework passes it through unchanged from parameter converters.
 */
public class ProblemException extends WebApplicationException {

    private final int status;
    private final ProblemType type;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(
            int status,
            ProblemType type,
            String title,
            String detail,
            List<Problem.Violation> violations) {
        super(detail, null, status);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static ProblemException notFound(String kind, UUID id) {
        return new ProblemException(
                404,
                ProblemType.NOT_FOUND,
                "Not Found",
                "No " + kind + " with id " + id + ".",
                null);
    }

    /** A record that existed at the time asked about no longer did: it had been deleted. */
    public static ProblemException gone(String kind, UUID id, Instant deletedAt) {
        return new ProblemException(
                410,
                ProblemType.GONE,
                "Gone",
                "The " + kind + " with id " + id + " was deleted at " + deletedAt + ".",
                null);
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail =
                violations.size() == 1
                        ? violations.get(0).field() + ": " + violations.get(0).message()
                        : violations.size() + " fields of the request are not valid.";
        return new ProblemException(
                400, ProblemType.VALIDATION_ERROR, "The request is not valid", detail, violations);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException conflict(String detail, List<Problem.Violation> violations) {
        return new ProblemException(
                409,
                ProblemType.CONFLICT,
                "The request conflicts with stored data",
                detail,
                violations);
    }

    public static ProblemException stale(String detail) {
        return new ProblemException(
                412,
                ProblemType.STALE_VERSION,
                "The record was changed by someone else",
                detail,
                null);
    }

    public static ProblemException staleVersion(String ifMatch, String currentETag) {
        return stale(
                "If-Match "
                        + ifMatch.strip()
                        + " does not match the current version "
                        + currentETag
                        + "; read the record again and reapply your change.");
    }

    public static ProblemException unauthorized() {
        return new ProblemException(
                401,
                ProblemType.UNAUTHORIZED,
                "Authentication required",
                "Send a bearer token in the Authorization header.",
                null);
    }

    public static ProblemException invalidToken() {
        return new ProblemException(
                401,
                ProblemType.INVALID_TOKEN,
                "The bearer token is not valid",
                "The token is expired, not yet valid, issued by another issuer or for another"
                        + " audience, or not signed by a trusted key.",
                null);
    }

    public static ProblemException forbidden(Collection<String> roles) {
        return new ProblemException(
                403,
                ProblemType.FORBIDDEN,
                "Forbidden",
                "This operation needs a token with the role " + String.join(" or ", roles) + ".",
                null);
    }

    public static ProblemException uriTooLong(int length, int limit) {
        return new ProblemException(
                414,
                ProblemType.URI_TOO_LONG,
                "URI Too Long",
                "The query string has "
                        + length
                        + " characters; the service accepts at most "
                        + limit
                        + ".",
                null);
    }

    public static ProblemException notFoundPath(String path) {
        return new ProblemException(
                404, ProblemType.NOT_FOUND, "Not Found", "No resource at " + path + ".", null);
    }

    public static ProblemException methodNotAllowed() {
        return new ProblemException(
                405,
                ProblemType.ABOUT_BLANK,
                "Method Not Allowed",
                "This resource does not support that method.",
                null);
    }

    public static ProblemException notAcceptable() {
        return new ProblemException(
                406,
                ProblemType.NOT_ACCEPTABLE,
                "Not Acceptable",
                "This resource answers in application/json only.",
                null);
    }

    public static ProblemException payloadTooLarge(String length, long limit) {
        return new ProblemException(
                413,
                ProblemType.PAYLOAD_TOO_LARGE,
                "Payload Too Large",
                "The body has " + length + " bytes; the service accepts at most " + limit + ".",
                null);
    }

    public static ProblemException unsupportedMediaType() {
        return unsupportedMediaType("Send the body as application/json.");
    }

    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(
                415, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", detail, null);
    }

    public static ProblemException databaseUnavailable() {
        return new ProblemException(
                503,
                ProblemType.DATABASE_UNAVAILABLE,
                "The database is unavailable",
                "The service cannot reach its database; nothing was changed. Send the request again"
                        + " after the number of seconds in Retry-After.",
                null);
    }

    public static ProblemException internalError(String errorId) {
        return new ProblemException(
                500,
                ProblemType.INTERNAL_ERROR,
                "Internal server error",
                "The service failed to answer; the error was logged as " + errorId + ".",
                null);
    }

    /** The problem details of this exception for a request to {@code instance}. */
    public Problem toProblem(String instance) {
        return new Problem(type.uri(), title, status, getMessage(), instance, violations);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(
                428,
                ProblemType.PRECONDITION_REQUIRED,
                "If-Match header required",
                "Send the record's current ETag in If-Match so that no update overwrites another.",
                List.of(new Problem.Violation("If-Match", "is required")));
    }

    public int status() {
        return status;
    }

    public ProblemType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
