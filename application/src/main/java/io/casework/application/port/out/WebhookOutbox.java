package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.WebhookDeliveryView;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.webhook.WebhookEndpointId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Events waiting to be delivered to endpoints, one row per event and endpoint, written in the transaction of the
 * change that causes them and claimed by senders in any number of processes.
 */
public interface WebhookOutbox {
    void addAll(List<QueuedDelivery> deliveries);

    /**
     * Claims up to {@code max} deliveries due at {@code now} to enabled endpoints that no other sender holds and that
     * no earlier delivery of the same endpoint and subject (a case) still waits for: events of a case arrive in
     * order. The claim holds them until the calling transaction ends, like {@link NotificationOutbox#claimDue}.
     */
    List<DueDelivery> claimDue(Instant now, int max);

    /** When the next pending delivery to an enabled endpoint falls due; empty if none is pending. */
    Optional<Instant> nextDueAt();

    void markDelivered(String id, int responseCode, Instant at);

    /** {@code responseCode} is null when no answer came; {@code retryAt} empty means give up: the delivery failed. */
    void markAttemptFailed(String id, Integer responseCode, String error, Instant at, Optional<Instant> retryAt);

    /** The endpoint's deliveries, newest first. */
    List<WebhookDeliveryView> list(OrganizationId organizationId, WebhookEndpointId endpointId, int limit,
                                   Optional<Position> after);

    /** Makes the delivery pending again, due at {@code now}, with a fresh count of attempts; empty if there is none. */
    Optional<WebhookDeliveryView> redeliver(OrganizationId organizationId, String id, Instant now);

    /** {@code subject} orders deliveries: those of one endpoint and subject go out in the order they were queued. */
    record QueuedDelivery(String id, OrganizationId organizationId, WebhookEndpointId endpointId, String eventId,
                          String eventType, String subject, String body, Instant createdAt) {
    }

    /** A claimed delivery with what sending it needs: the endpoint's URL and secret, and the body as queued. */
    record DueDelivery(String id, String url, String secret, String eventId, String body, int attempts) {
    }
}
