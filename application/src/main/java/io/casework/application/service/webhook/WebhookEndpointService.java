package io.casework.application.service.webhook;

import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.in.WebhookDeliveryView;
import io.casework.application.port.in.WebhookEndpointUseCase;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WebhookEndpoints;
import io.casework.application.port.out.WebhookOutbox;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.webhook.WebhookEndpoint;
import io.casework.domain.webhook.WebhookEndpointId;
import io.casework.domain.webhook.WebhookEventType;
import io.casework.domain.webhook.WebhookUrl;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

public final class WebhookEndpointService implements WebhookEndpointUseCase {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookEndpoints endpoints;
    private final WebhookOutbox outbox;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;
    private final boolean allowInsecure;

    /** @param allowInsecure whether plain http URLs are accepted (local receivers, tests) */
    public WebhookEndpointService(WebhookEndpoints endpoints, WebhookOutbox outbox, IdGenerator ids,
                                  Transactions transactions, Clock clock, boolean allowInsecure) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
        this.allowInsecure = allowInsecure;
    }

    @Override
    public CreatedWebhookEndpoint create(OrganizationId organizationId, WebhookUrl url, Set<WebhookEventType> events,
                                         String description) {
        checkScheme(url);
        Instant now = clock.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint(new WebhookEndpointId(ids.next(WebhookEndpointId.PREFIX)),
                organizationId, url, events, description, true, now, now);
        String secret = newSecret();
        transactions.run(() -> endpoints.add(endpoint, secret));
        return new CreatedWebhookEndpoint(endpoint, secret);
    }

    @Override
    public WebhookEndpoint update(OrganizationId organizationId, WebhookEndpointId id, Optional<WebhookUrl> url,
                                  Optional<Set<WebhookEventType>> events, Optional<Boolean> enabled) {
        url.ifPresent(this::checkScheme);
        return transactions.inTransaction(() -> {
            WebhookEndpoint old = endpoints.find(organizationId, id)
                    .orElseThrow(() -> new NotFoundException("webhook endpoint", id.value()));
            WebhookEndpoint changed = new WebhookEndpoint(id, organizationId, url.orElse(old.url()),
                    events.orElse(old.events()), old.description(), enabled.orElse(old.enabled()), old.createdAt(),
                    clock.instant());
            endpoints.update(changed);
            return changed;
        });
    }

    @Override
    public void delete(OrganizationId organizationId, WebhookEndpointId id) {
        if (!transactions.inTransaction(() -> endpoints.delete(organizationId, id))) {
            throw new NotFoundException("webhook endpoint", id.value());
        }
    }

    @Override
    public WebhookDeliveryView redeliver(OrganizationId organizationId, String deliveryId) {
        return transactions.inTransaction(() -> outbox.redeliver(organizationId, deliveryId, clock.instant()))
                .orElseThrow(() -> new NotFoundException("webhook delivery", deliveryId));
    }

    /** Events carry cases' personal data: they go over TLS unless the operator allowed otherwise. */
    private void checkScheme(WebhookUrl url) {
        if (!allowInsecure && !url.isHttps()) {
            throw new InvalidValueException("url", "must be an https URL");
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
