package io.casework.adapters.rest.webhook;

import io.casework.adapters.rest.dto.Violations;
import io.casework.domain.webhook.WebhookEventType;
import io.casework.domain.webhook.WebhookUrl;
import java.util.List;
import java.util.Set;

public record CreateWebhookEndpointRequest(String url, List<String> events, String description) {
    /** The URL and events, each bad one named; the description is checked with the endpoint. */
    Parsed parsed() {
        Violations violations = new Violations();
        WebhookUrl checkedUrl = violations.required("url", url, WebhookUrl::new);
        Set<WebhookEventType> checkedEvents = violations.required("events", events, raw -> WebhookEvents.parse(raw,
                violations));
        violations.throwIfAny();
        return new Parsed(checkedUrl, checkedEvents);
    }

    record Parsed(WebhookUrl url, Set<WebhookEventType> events) {
    }
}
