package io.casework.application.service.webhook;

import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.in.WebhookDeliveryView;
import io.casework.application.port.in.WebhookQueries;
import io.casework.application.port.out.WebhookEndpoints;
import io.casework.application.port.out.WebhookOutbox;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.webhook.WebhookEndpoint;
import io.casework.domain.webhook.WebhookEndpointId;

public final class WebhookQueryService implements WebhookQueries {
    private final WebhookEndpoints endpoints;
    private final WebhookOutbox outbox;

    public WebhookQueryService(WebhookEndpoints endpoints, WebhookOutbox outbox) {
        this.endpoints = endpoints;
        this.outbox = outbox;
    }

    @Override
    public Page<WebhookEndpoint> list(OrganizationId organizationId, PageRequest page) {
        return Page.fromOverfetch(endpoints.list(organizationId, page.limit() + 1, page.after()), page.limit(),
                e -> new PageRequest.Position(e.createdAt(), e.id().value()));
    }

    @Override
    public WebhookEndpoint get(OrganizationId organizationId, WebhookEndpointId id) {
        return endpoints.find(organizationId, id)
                .orElseThrow(() -> new NotFoundException("webhook endpoint", id.value()));
    }

    @Override
    public Page<WebhookDeliveryView> deliveries(OrganizationId organizationId, WebhookEndpointId id, PageRequest page) {
        get(organizationId, id);
        return Page.fromOverfetch(outbox.list(organizationId, id, page.limit() + 1, page.after()), page.limit(),
                d -> new PageRequest.Position(d.createdAt(), d.id()));
    }
}
