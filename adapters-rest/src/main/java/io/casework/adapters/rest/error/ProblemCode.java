package io.casework.adapters.rest.error;

import java.util.Arrays;

/** Every error code of the API with its HTTP status; domain codes not listed are assignment refusals (422). */
public enum ProblemCode {
    UNAUTHORIZED("unauthorized", 401, "Unauthorized"),
    NOT_FOUND("not_found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method_not_allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not_acceptable", 406, "Not acceptable"),
    VALIDATION_FAILED("validation_failed", 422, "Validation failed"),
    MALFORMED_REQUEST("malformed_request", 400, "Malformed request"),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415, "Unsupported media type"),
    PAYLOAD_TOO_LARGE("payload_too_large", 413, "Payload too large"),
    CONFLICT("conflict", 409, "Conflict"),
    PRECONDITION_FAILED("precondition_failed", 412, "Precondition failed"),
    IDEMPOTENCY_KEY_REUSED("idempotency_key_reused", 422, "Idempotency key reused"),
    CASE_CLOSED("case_closed", 409, "Case closed"),
    WORKFLOW_WAS_PUBLISHED("workflow_was_published", 409, "Workflow was published"),
    WORKFLOW_ARCHIVED("workflow_archived", 409, "Workflow archived"),
    RATE_LIMITED("rate_limited", 429, "Too many requests"),
    INTERNAL_ERROR("internal_error", 500, "Internal server error");

    private final String wireName;
    private final int status;
    private final String title;

    ProblemCode(String wireName, int status, String title) {
        this.wireName = wireName;
        this.status = status;
        this.title = title;
    }

    public String wireName() {
        return wireName;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static java.util.Optional<ProblemCode> fromWireName(String code) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(code)).findFirst();
    }
}
