package org.pharmapipeline.problem;

/**
 * Every kind of problem the service answers with, named by a URN in the problem's {@code type}. The
 * contract lists them as the closed set of {@code Problem.type}, and docs/problems.md describes
 * each: a client may switch on the type and trust that no other will come.
 */
public enum ProblemType {
    VALIDATION_ERROR(
            "validation-error", "A field, parameter or header is not valid; see violations."),
    MALFORMED_JSON("malformed-json", "The body is not one well-formed JSON value."),
    UNAUTHORIZED("unauthorized", "The operation needs a bearer token and none was sent."),
    INVALID_TOKEN("invalid-token", "The bearer token was refused: expired, foreign or forged."),
    FORBIDDEN("forbidden", "The token is valid but lacks the role the operation needs."),
    NOT_FOUND("not-found", "No record with this id, or nothing at this path."),
    GONE("gone", "The record had been deleted by the time asked about."),
    NOT_ACCEPTABLE("not-acceptable", "The client does not accept application/json."),
    CONFLICT("conflict", "A unique value is taken, or other records still refer to this one."),
    STALE_VERSION("stale-version", "If-Match names an older version: read again and reapply."),
    PAYLOAD_TOO_LARGE("payload-too-large", "The body is larger than the service accepts."),
    URI_TOO_LONG("uri-too-long", "The request line or query string is longer than accepted."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The body is not in a media type accepted."),
    PRECONDITION_REQUIRED("precondition-required", "A write without If-Match."),
    INTERNAL_ERROR("internal-error", "The service failed; report the error id in detail."),
    DATABASE_UNAVAILABLE(
            "database-unavailable",
            "The database cannot be reached; nothing was changed. Retry after Retry-After seconds."),
    SHUTTING_DOWN(
            "shutting-down",
            "This instance is stopping and takes no new requests; retry, another will answer."),
    /** RFC 9457's type for a problem that the status code says everything about (405). */
    ABOUT_BLANK(null, "Nothing more to say than the status code (405 Method Not Allowed).");

    private static final String PREFIX = "urn:pipeline:problem:";

    private final String slug;
    private final String meaning;

    ProblemType(String slug, String meaning) {
        this.slug = slug;
        this.meaning = meaning;
    }

    /** The value of the problem's type member. */
    public String uri() {
        return slug == null ? "about:blank" : PREFIX + slug;
    }

    /** What the problem means for a client, for the contract and the documentation. */
    public String meaning() {
        return meaning;
    }
}
