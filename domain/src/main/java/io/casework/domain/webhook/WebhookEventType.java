package io.casework.domain.webhook;

import io.casework.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What an endpoint may subscribe to, by the name receivers see in an event's {@code type}. */
public enum WebhookEventType {
    CASE_CREATED("case.created"), CASE_ASSIGNED("case.assigned"), CASE_UNASSIGNED("case.unassigned"),
    CASE_RESOLVED("case.resolved"), CASE_REOPENED("case.reopened"),
    CASE_SLA_BREACHED("case.sla_breached"),
    WORKFLOW_RUN_FAILED("workflow_run.failed");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static WebhookEventType of(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst()
                .orElseThrow(() -> new InvalidValueException("events", "must be one of "
                        + Arrays.stream(values()).map(WebhookEventType::wireName).collect(Collectors.joining(", "))));
    }
}
