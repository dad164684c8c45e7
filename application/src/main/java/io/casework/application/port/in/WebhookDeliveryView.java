package io.casework.application.port.in;

import io.casework.domain.webhook.WebhookEndpointId;
import java.time.Instant;

/** One event's delivery to one endpoint; the times and the last answer are null until they happen. */
public record WebhookDeliveryView(String id, WebhookEndpointId endpointId, String eventId, String eventType,
                                  Status status, int attempts, Integer lastResponseCode, String lastError,
                                  Instant lastAttemptAt, Instant nextAttemptAt, Instant createdAt,
                                  Instant deliveredAt) {
    public enum Status { PENDING, DELIVERED, FAILED }
}
