package io.casework.application.testing;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.WebhookDeliveryView;
import io.casework.application.port.out.WebhookBodies;
import io.casework.application.port.out.WebhookEndpoints;
import io.casework.application.port.out.WebhookOutbox;
import io.casework.application.port.out.WebhookPoster;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.webhook.WebhookEndpoint;
import io.casework.domain.webhook.WebhookEndpointId;
import io.casework.domain.workflow.WorkflowRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook endpoints and the events queued for them, kept in memory for use-case tests; bodies name the event and its
 * subject, and nothing is posted (the real delivery is tested on PostgreSQL with a real receiver).
 */
public final class InMemoryWebhooks implements WebhookEndpoints, WebhookOutbox, WebhookBodies, WebhookPoster {
    private final Map<WebhookEndpointId, WebhookEndpoint> endpoints = new LinkedHashMap<>();
    private final Map<WebhookEndpointId, String> secrets = new LinkedHashMap<>();
    /** Every delivery queued, in order. */
    public final List<QueuedDelivery> queued = new ArrayList<>();

    @Override
    public synchronized void add(WebhookEndpoint endpoint, String secret) {
        endpoints.put(endpoint.id(), endpoint);
        secrets.put(endpoint.id(), secret);
    }

    @Override
    public synchronized Optional<WebhookEndpoint> find(OrganizationId organizationId, WebhookEndpointId id) {
        return Optional.ofNullable(endpoints.get(id)).filter(e -> e.organizationId().equals(organizationId));
    }

    @Override
    public synchronized List<WebhookEndpoint> list(OrganizationId organizationId, int limit, Optional<Position> after) {
        return endpoints.values().stream().filter(e -> e.organizationId().equals(organizationId))
                .sorted(Comparator.comparing(WebhookEndpoint::createdAt).reversed())
                .filter(e -> after.map(p -> e.createdAt().isBefore(p.createdAt())).orElse(true))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<WebhookEndpoint> enabled(OrganizationId organizationId) {
        return endpoints.values().stream().filter(e -> e.organizationId().equals(organizationId) && e.enabled())
                .toList();
    }

    @Override
    public synchronized void update(WebhookEndpoint endpoint) {
        endpoints.put(endpoint.id(), endpoint);
    }

    @Override
    public synchronized boolean delete(OrganizationId organizationId, WebhookEndpointId id) {
        return find(organizationId, id).map(e -> endpoints.remove(id) != null).orElse(false);
    }

    @Override
    public synchronized void addAll(List<QueuedDelivery> deliveries) {
        queued.addAll(deliveries);
    }

    @Override
    public List<DueDelivery> claimDue(Instant now, int max) {
        return List.of();
    }

    @Override
    public Optional<Instant> nextDueAt() {
        return Optional.empty();
    }

    @Override
    public void markDelivered(String id, int responseCode, Instant at) {
        throw new UnsupportedOperationException("nothing is claimed here");
    }

    @Override
    public void markAttemptFailed(String id, Integer responseCode, String error, Instant at, Optional<Instant> retryAt) {
        throw new UnsupportedOperationException("nothing is claimed here");
    }

    @Override
    public List<WebhookDeliveryView> list(OrganizationId organizationId, WebhookEndpointId endpointId, int limit,
                                          Optional<Position> after) {
        return List.of();
    }

    @Override
    public Optional<WebhookDeliveryView> redeliver(OrganizationId organizationId, String id, Instant now) {
        return Optional.empty();
    }

    @Override
    public String caseEvent(Envelope envelope, Case aCase) {
        return envelope.type() + " " + aCase.id();
    }

    @Override
    public String runEvent(Envelope envelope, WorkflowRun run) {
        return envelope.type() + " " + run.id();
    }

    @Override
    public int post(String url, String secret, String eventId, String body) {
        throw new Failure("use-case tests post nothing", null);
    }
}
