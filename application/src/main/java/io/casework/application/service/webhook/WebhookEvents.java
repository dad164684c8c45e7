package io.casework.application.service.webhook;

import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.WebhookBodies;
import io.casework.application.port.out.WebhookBodies.Envelope;
import io.casework.application.port.out.WebhookEndpoints;
import io.casework.application.port.out.WebhookOutbox;
import io.casework.application.port.out.WebhookOutbox.QueuedDelivery;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseCreated;
import io.casework.domain.cases.CaseEvent;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseSlaBreached;
import io.casework.domain.cases.CaseUnassigned;
import io.casework.domain.cases.CaseUpdated;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.webhook.WebhookEndpoint;
import io.casework.domain.webhook.WebhookEventType;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queues the deliveries of events to the endpoints that subscribed to them, inside the transaction of the change,
 * after the change is written: the data sent is the case or run as stored by it. An organization without enabled
 * endpoints costs one indexed read per change that may cause an event.
 */
public final class WebhookEvents {
    static final String DELIVERY_PREFIX = "whd_";

    private final WebhookEndpoints endpoints;
    private final WebhookOutbox outbox;
    private final WebhookBodies bodies;
    private final CaseRepository cases;
    private final WorkflowRunRepository runs;
    private final IdGenerator ids;
    private final Clock clock;

    public WebhookEvents(WebhookEndpoints endpoints, WebhookOutbox outbox, WebhookBodies bodies, CaseRepository cases,
                         WorkflowRunRepository runs, IdGenerator ids, Clock clock) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.bodies = bodies;
        this.cases = cases;
        this.runs = runs;
        this.ids = ids;
        this.clock = clock;
    }

    /** The timeline's events, which keep their ids: a receiver can match an event with the case's timeline. */
    public void caseEvents(OrganizationId organizationId, List<CaseEventView> events) {
        if (events.stream().allMatch(e -> type(e.event()).isEmpty())) {
            return;
        }
        List<WebhookEndpoint> enabled = endpoints.enabled(organizationId);
        if (enabled.isEmpty()) {
            return;
        }
        Map<CaseId, Case> stored = new HashMap<>();
        List<QueuedDelivery> queued = new ArrayList<>();
        for (CaseEventView event : events) {
            type(event.event()).ifPresent(type -> {
                List<WebhookEndpoint> wanting = enabled.stream().filter(e -> e.wants(type)).toList();
                if (wanting.isEmpty()) {
                    return;
                }
                Case aCase = stored.computeIfAbsent(event.caseId(), id -> cases.find(organizationId, id)
                        .orElseThrow(() -> new IllegalStateException("case " + id + " has events but is not stored")));
                String body = bodies.caseEvent(new Envelope(event.id(), type.wireName(), event.event().occurredAt(),
                        organizationId), aCase);
                queue(queued, wanting, organizationId, event.id(), type, event.caseId().value(), body);
            });
        }
        outbox.addAll(queued);
    }

    /** Runs that have just finished failed, as stored; call after their outcome is written. */
    public void runsFailed(OrganizationId organizationId, List<WorkflowRunId> failed) {
        if (failed.isEmpty()) {
            return;
        }
        List<WebhookEndpoint> wanting = endpoints.enabled(organizationId).stream()
                .filter(e -> e.wants(WebhookEventType.WORKFLOW_RUN_FAILED)).toList();
        if (wanting.isEmpty()) {
            return;
        }
        List<QueuedDelivery> queued = new ArrayList<>();
        for (WorkflowRunId id : failed) {
            WorkflowRun run = runs.find(organizationId, id)
                    .orElseThrow(() -> new IllegalStateException("run " + id + " finished but is not stored"));
            String eventId = ids.next("evt_");
            String body = bodies.runEvent(new Envelope(eventId, WebhookEventType.WORKFLOW_RUN_FAILED.wireName(),
                    run.finishedAt() == null ? clock.instant() : run.finishedAt(), organizationId), run);
            // ordered with the events of the run's case
            String subject = run.caseId() == null ? run.id().value() : run.caseId().value();
            queue(queued, wanting, organizationId, eventId, WebhookEventType.WORKFLOW_RUN_FAILED, subject, body);
        }
        outbox.addAll(queued);
    }

    private void queue(List<QueuedDelivery> queued, List<WebhookEndpoint> to, OrganizationId organizationId,
                       String eventId, WebhookEventType type, String subject, String body) {
        for (WebhookEndpoint endpoint : to) {
            queued.add(new QueuedDelivery(ids.next(DELIVERY_PREFIX), organizationId, endpoint.id(), eventId,
                    type.wireName(), subject, body, clock.instant()));
        }
    }

    static Optional<WebhookEventType> type(CaseEvent event) {
        if (event instanceof CaseCreated) {
            return Optional.of(WebhookEventType.CASE_CREATED);
        }
        if (event instanceof CaseAssigned) {
            return Optional.of(WebhookEventType.CASE_ASSIGNED);
        }
        if (event instanceof CaseUnassigned) {
            return Optional.of(WebhookEventType.CASE_UNASSIGNED);
        }
        if (event instanceof CaseSlaBreached) {
            return Optional.of(WebhookEventType.CASE_SLA_BREACHED);
        }
        if (event instanceof CaseUpdated updated) {
            if (updated.resolves()) {
                return Optional.of(WebhookEventType.CASE_RESOLVED);
            }
            if (updated.reopens()) {
                return Optional.of(WebhookEventType.CASE_REOPENED);
            }
        }
        return Optional.empty();
    }
}
