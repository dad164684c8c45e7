package io.casework.domain.webhook;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A URL of the organization's that is sent the events it subscribed to, while enabled. Its signing secret is not
 * part of it: it is shown once, when the endpoint is created, and otherwise only the sender reads it.
 */
public record WebhookEndpoint(WebhookEndpointId id, OrganizationId organizationId, WebhookUrl url,
                              Set<WebhookEventType> events, String description, boolean enabled, Instant createdAt,
                              Instant updatedAt) {
    public static final int MAX_DESCRIPTION = 500;

    public WebhookEndpoint {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(url);
        events = Set.copyOf(events);
        if (events.isEmpty()) {
            throw new InvalidValueException("events", "must name at least one event");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidValueException("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(updatedAt);
    }

    public boolean wants(WebhookEventType type) {
        return enabled && events.contains(type);
    }
}
