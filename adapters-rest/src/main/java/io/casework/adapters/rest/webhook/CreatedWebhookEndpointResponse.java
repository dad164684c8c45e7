package io.casework.adapters.rest.webhook;

import io.casework.application.port.in.WebhookEndpointUseCase.CreatedWebhookEndpoint;
import java.time.Instant;
import java.util.List;

/** A new endpoint with its signing secret, the only answer that ever shows it. */
public record CreatedWebhookEndpointResponse(String id, String url, List<String> events, String description,
                                             boolean enabled, String secret, Instant createdAt, Instant updatedAt) {
    public static CreatedWebhookEndpointResponse from(CreatedWebhookEndpoint created) {
        WebhookEndpointResponse e = WebhookEndpointResponse.from(created.endpoint());
        return new CreatedWebhookEndpointResponse(e.id(), e.url(), e.events(), e.description(), e.enabled(),
                created.secret(), e.createdAt(), e.updatedAt());
    }
}
