package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.webhook.WebhookEndpoint;
import io.casework.domain.webhook.WebhookEndpointId;
import java.util.List;
import java.util.Optional;

/** The organizations' webhook endpoints with their signing secrets, which the sender needs in the clear. */
public interface WebhookEndpoints {
    void add(WebhookEndpoint endpoint, String secret);

    Optional<WebhookEndpoint> find(OrganizationId organizationId, WebhookEndpointId id);

    /** Newest first. */
    List<WebhookEndpoint> list(OrganizationId organizationId, int limit, Optional<Position> after);

    /** The organization's enabled endpoints; what every change that may cause an event asks, so it must be cheap. */
    List<WebhookEndpoint> enabled(OrganizationId organizationId);

    void update(WebhookEndpoint endpoint);

    /** Deletes the endpoint and its deliveries; false if there was none. */
    boolean delete(OrganizationId organizationId, WebhookEndpointId id);
}
