package io.casework.adapters.rest.webhook;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.WebhookDeliveryView;
import java.time.Instant;

public record WebhookDeliveryResponse(String id, String endpointId, String eventId, String eventType, String status,
                                      int attempts, Integer lastResponseCode, String lastError, Instant lastAttemptAt,
                                      Instant nextAttemptAt, Instant createdAt, Instant deliveredAt) {
    public static WebhookDeliveryResponse from(WebhookDeliveryView d) {
        return new WebhookDeliveryResponse(d.id(), d.endpointId().value(), d.eventId(), d.eventType(),
                WireNames.of(d.status()), d.attempts(), d.lastResponseCode(), d.lastError(), d.lastAttemptAt(),
                d.nextAttemptAt(), d.createdAt(), d.deliveredAt());
    }
}
