package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.webhook.WebhookEndpoint;
import io.casework.domain.webhook.WebhookEndpointId;
import io.casework.domain.webhook.WebhookEventType;
import io.casework.domain.webhook.WebhookUrl;
import java.util.Optional;
import java.util.Set;

/** Creating, changing and deleting webhook endpoints, and sending a delivery again. */
public interface WebhookEndpointUseCase {
    CreatedWebhookEndpoint create(OrganizationId organizationId, WebhookUrl url, Set<WebhookEventType> events,
                                  String description);

    /** Empty values leave that part alone. */
    WebhookEndpoint update(OrganizationId organizationId, WebhookEndpointId id, Optional<WebhookUrl> url,
                           Optional<Set<WebhookEventType>> events, Optional<Boolean> enabled);

    void delete(OrganizationId organizationId, WebhookEndpointId id);

    /** Queues the delivery again, due now, with its attempts counted afresh. */
    WebhookDeliveryView redeliver(OrganizationId organizationId, String deliveryId);

    /** The endpoint and its signing secret, which is shown only here. */
    record CreatedWebhookEndpoint(WebhookEndpoint endpoint, String secret) {
    }
}
