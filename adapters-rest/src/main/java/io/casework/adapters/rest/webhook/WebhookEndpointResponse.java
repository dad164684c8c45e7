package io.casework.adapters.rest.webhook;

import io.casework.domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.List;

/** An endpoint as listed and read: never its secret. */
public record WebhookEndpointResponse(String id, String url, List<String> events, String description, boolean enabled,
                                      Instant createdAt, Instant updatedAt) {
    public static WebhookEndpointResponse from(WebhookEndpoint endpoint) {
        return new WebhookEndpointResponse(endpoint.id().value(), endpoint.url().value(),
                WebhookEvents.names(endpoint.events()), endpoint.description(), endpoint.enabled(),
                endpoint.createdAt(), endpoint.updatedAt());
    }
}
