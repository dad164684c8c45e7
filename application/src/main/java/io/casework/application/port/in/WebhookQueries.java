package io.casework.application.port.in;

import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.webhook.WebhookEndpoint;
import io.casework.domain.webhook.WebhookEndpointId;

public interface WebhookQueries {
    Page<WebhookEndpoint> list(OrganizationId organizationId, PageRequest page);

    WebhookEndpoint get(OrganizationId organizationId, WebhookEndpointId id);

    /** The endpoint's deliveries, newest first. */
    Page<WebhookDeliveryView> deliveries(OrganizationId organizationId, WebhookEndpointId id, PageRequest page);
}
