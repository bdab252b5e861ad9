package org.pharmapipeline.problem;

import jakarta.ws.rs.WebApplicationException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Thrown to answer with a problem; turned into a response by {@link ProblemMappers}. It is a
 * WebApplicationException so the framework passes it through unchanged from parameter converters.
 */
public class ProblemException extends WebApplicationException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(
            int status,
            String slug,
            String title,
            String detail,
            List<Problem.Violation> violations) {
        super(detail, null, status);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static ProblemException notFound(String kind, UUID id) {
        return new ProblemException(
                404, "not-found", "Not Found", "No " + kind + " with id " + id + ".", null);
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail =
                violations.size() == 1
                        ? violations.get(0).field() + ": " + violations.get(0).message()
                        : violations.size() + " fields of the request are not valid.";
        return new ProblemException(
                400, "validation-error", "The request is not valid", detail, violations);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException conflict(String detail, List<Problem.Violation> violations) {
        return new ProblemException(
                409, "conflict", "The request conflicts with stored data", detail, violations);
    }

    public static ProblemException stale(String detail) {
        return new ProblemException(
                412, "stale-version", "The record was changed by someone else", detail, null);
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
                "unauthorized",
                "Authentication required",
                "Send a bearer token in the Authorization header.",
                null);
    }

    public static ProblemException invalidToken() {
        return new ProblemException(
                401,
                "invalid-token",
                "The bearer token is not valid",
                "The token is expired, not yet valid, issued by another issuer or for another"
                        + " audience, or not signed by a trusted key.",
                null);
    }

    public static ProblemException forbidden(Collection<String> roles) {
        return new ProblemException(
                403,
                "forbidden",
                "Forbidden",
                "This operation needs a token with the role " + String.join(" or ", roles) + ".",
                null);
    }

    public static ProblemException uriTooLong(int length, int limit) {
        return new ProblemException(
                414,
                "uri-too-long",
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
                404, "not-found", "Not Found", "No resource at " + path + ".", null);
    }

    public static ProblemException methodNotAllowed() {
        return new ProblemException(
                405,
                null,
                "Method Not Allowed",
                "This resource does not support that method.",
                null);
    }

    public static ProblemException notAcceptable() {
        return new ProblemException(
                406,
                "not-acceptable",
                "Not Acceptable",
                "This resource answers in application/json only.",
                null);
    }

    public static ProblemException payloadTooLarge(String length, long limit) {
        return new ProblemException(
                413,
                "payload-too-large",
                "Payload Too Large",
                "The body has " + length + " bytes; the service accepts at most " + limit + ".",
                null);
    }

    public static ProblemException unsupportedMediaType() {
        return new ProblemException(
                415,
                "unsupported-media-type",
                "Unsupported Media Type",
                "Send the body as application/json.",
                null);
    }

    public static ProblemException internalError(String errorId) {
        return new ProblemException(
                500,
                "internal-error",
                "Internal server error",
                "The service failed to answer; the error was logged as " + errorId + ".",
                null);
    }

    /** The problem details of this exception for a request to {@code instance}. */
    public Problem toProblem(String instance) {
        String type = slug == null ? "about:blank" : "urn:pipeline:problem:" + slug;
        return new Problem(type, title, status, getMessage(), instance, violations);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(
                428,
                "precondition-required",
                "If-Match header required",
                "Send the record's current ETag in If-Match so that no update overwrites another.",
                List.of(new Problem.Violation("If-Match", "is required")));
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
