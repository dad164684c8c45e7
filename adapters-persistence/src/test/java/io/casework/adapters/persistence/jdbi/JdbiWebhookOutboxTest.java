package io.casework.adapters.persistence.jdbi;

import static io.casework.adapters.persistence.jdbi.Concurrently.whileTheFirstHoldsItsClaim;
import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.adapters.persistence.jdbi.Concurrently.Claims;
import io.casework.application.contract.PortContract;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.WebhookDeliveryView;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.WebhookOutbox;
import io.casework.application.port.out.WebhookOutbox.DueDelivery;
import io.casework.application.port.out.WebhookOutbox.QueuedDelivery;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.webhook.WebhookEndpoint;
import io.casework.domain.webhook.WebhookEndpointId;
import io.casework.domain.webhook.WebhookEventType;
import io.casework.domain.webhook.WebhookUrl;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Endpoints and the webhook outbox on PostgreSQL: claiming by several senders, order per case, outcomes. */
class JdbiWebhookOutboxTest extends PortContract {
    private final PostgresPersistence persistence = new PostgresPersistence(TestDatabase.fresh().dataSource());
    private final JdbiWebhookEndpoints endpoints = persistence.webhookEndpoints();
    private final WebhookOutbox outbox = persistence.webhookOutbox();

    @Override
    protected OrganizationRepository organizations() {
        return persistence.organizations();
    }

    private WebhookEndpoint storedEndpoint(OrganizationId org) {
        Instant now = clock.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint(new WebhookEndpointId(ids.next(WebhookEndpointId.PREFIX)), org,
                new WebhookUrl("https://hooks.example.com/in"), Set.of(WebhookEventType.CASE_CREATED,
                WebhookEventType.CASE_RESOLVED), "Back office", true, now, now);
        endpoints.add(endpoint, "whsec_test");
        return endpoint;
    }

    private QueuedDelivery queued(WebhookEndpoint endpoint, String subject, String type) {
        String eventId = ids.next("evt_");
        return new QueuedDelivery(ids.next("whd_"), endpoint.organizationId(), endpoint.id(), eventId, type, subject,
                "{\"id\":\"" + eventId + "\"}", clock.instant());
    }

    private static List<String> idsOf(List<DueDelivery> claimed) {
        return claimed.stream().map(DueDelivery::id).toList();
    }

    @Test
    void endpointsAreStoredWithTheirEventsAndOnlyEnabledOnesAreAskedFor() {
        OrganizationId org = storedOrganization();
        WebhookEndpoint endpoint = storedEndpoint(org);
        assertThat(endpoints.find(org, endpoint.id())).contains(endpoint);
        assertThat(endpoints.find(storedOrganization(), endpoint.id())).as("another organization's").isEmpty();

        WebhookEndpoint disabled = new WebhookEndpoint(endpoint.id(), org, endpoint.url(), Set.of(
                WebhookEventType.WORKFLOW_RUN_FAILED), null, false, endpoint.createdAt(), clock.instant());
        endpoints.update(disabled);

        assertThat(endpoints.find(org, endpoint.id())).contains(disabled);
        assertThat(endpoints.enabled(org)).isEmpty();
        assertThat(endpoints.delete(org, endpoint.id())).isTrue();
        assertThat(endpoints.delete(org, endpoint.id())).isFalse();
    }

    @Test
    void aClaimGivesTheEndpointsUrlAndSecretAndPassesOverWhatAnotherSenderHolds() throws Exception {
        WebhookEndpoint endpoint = storedEndpoint(storedOrganization());
        outbox.addAll(List.of(queued(endpoint, "case_a", "case.created"), queued(endpoint, "case_b", "case.created")));
        Instant now = clock.instant();
        Claims<List<DueDelivery>> claims = whileTheFirstHoldsItsClaim(persistence.transactions(),
                () -> outbox.claimDue(now, 1), () -> outbox.claimDue(now, 10));
        List<DueDelivery> firstClaim = claims.first();
        List<DueDelivery> second = claims.second();

        assertThat(firstClaim).hasSize(1);
        assertThat(firstClaim.get(0).url()).isEqualTo("https://hooks.example.com/in");
        assertThat(firstClaim.get(0).secret()).isEqualTo("whsec_test");
        assertThat(idsOf(second)).hasSize(1).doesNotContainAnyElementsOf(idsOf(firstClaim));
    }

    @Test
    void aCasesLaterEventWaitsWhileAnEarlierOneIsPendingEvenWhenTheEarlierIsNotDue() {
        WebhookEndpoint endpoint = storedEndpoint(storedOrganization());
        QueuedDelivery created = queued(endpoint, "case_a", "case.created");
        QueuedDelivery resolved = queued(endpoint, "case_a", "case.resolved");
        QueuedDelivery other = queued(endpoint, "case_b", "case.created");
        outbox.addAll(List.of(created, resolved, other));
        Instant now = clock.instant();
        assertThat(idsOf(outbox.claimDue(now, 10))).containsExactly(created.id(), other.id());

        Instant retryAt = now.plus(Duration.ofMinutes(1));
        outbox.markAttemptFailed(created.id(), 500, "answered 500", now, Optional.of(retryAt));
        outbox.markDelivered(other.id(), 204, now);
        assertThat(outbox.claimDue(now, 10)).as("resolved waits for created's retry").isEmpty();
        assertThat(outbox.nextDueAt()).as("the retry, not the event waiting for it").contains(retryAt);

        outbox.markAttemptFailed(created.id(), null, "timed out", retryAt, Optional.empty());
        assertThat(idsOf(outbox.claimDue(retryAt, 10))).as("a failed delivery holds nothing back")
                .containsExactly(resolved.id());
    }

    @Test
    void aClaimThatIsNotReportedLeavesTheDeliveryDueAsItWas() {
        WebhookEndpoint endpoint = storedEndpoint(storedOrganization());
        QueuedDelivery delivery = queued(endpoint, "case_a", "case.created");
        outbox.addAll(List.of(delivery));
        Instant now = clock.instant();
        try {
            persistence.transactions().inTransaction(() -> {
                outbox.claimDue(now, 10);
                throw new IllegalStateException("the sender died after posting, before recording");
            });
        } catch (IllegalStateException expected) {
            // its transaction ended without a report
        }

        List<DueDelivery> again = outbox.claimDue(now, 10);
        assertThat(idsOf(again)).containsExactly(delivery.id());
        assertThat(again.get(0).attempts()).isZero();
    }

    @Test
    void theBacklogCountsDeliveriesPendingAndGivenUp() {
        WebhookEndpoint endpoint = storedEndpoint(storedOrganization());
        QueuedDelivery retried = queued(endpoint, "case_a", "case.created");
        QueuedDelivery givenUp = queued(endpoint, "case_b", "case.created");
        QueuedDelivery delivered = queued(endpoint, "case_c", "case.created");
        outbox.addAll(List.of(retried, givenUp, delivered));
        Instant now = clock.instant();
        outbox.markAttemptFailed(retried.id(), 503, "answered 503", now, Optional.of(now.plusSeconds(60)));
        outbox.markAttemptFailed(givenUp.id(), 503, "answered 503", now, Optional.empty());
        outbox.markDelivered(delivered.id(), 204, now);

        Backlog backlog = persistence.backlog();

        assertThat(backlog.pendingWebhooks()).as("a delivery waiting for its retry is pending").isEqualTo(1);
        assertThat(backlog.failedWebhooks()).isEqualTo(1);
    }

    @Test
    void outcomesAreListedAndARedeliveryStartsAfresh() {
        OrganizationId org = storedOrganization();
        WebhookEndpoint endpoint = storedEndpoint(org);
        QueuedDelivery delivery = queued(endpoint, "case_a", "case.created");
        outbox.addAll(List.of(delivery));
        Instant now = clock.instant();
        outbox.markAttemptFailed(delivery.id(), 503, "answered 503", now, Optional.empty());
        outbox.markDelivered(delivery.id(), 200, now);

        WebhookDeliveryView failed = outbox.list(org, endpoint.id(), 10, Optional.empty()).get(0);
        assertThat(failed.status()).as("an outcome once recorded stands").isEqualTo(WebhookDeliveryView.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastResponseCode()).isEqualTo(503);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(outbox.redeliver(storedOrganization(), delivery.id(), now)).as("another organization's").isEmpty();

        WebhookDeliveryView again = outbox.redeliver(org, delivery.id(), now).orElseThrow();

        assertThat(again.status()).isEqualTo(WebhookDeliveryView.Status.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.nextAttemptAt()).isEqualTo(now);
        assertThat(idsOf(outbox.claimDue(now, 10))).containsExactly(delivery.id());
        assertThat(endpoints.list(org, PageRequest.DEFAULT_LIMIT, Optional.empty())).containsExactly(endpoint);
    }

    @Test
    void aDeletedEndpointTakesItsDeliveriesAndADisabledOneHoldsThem() {
        OrganizationId org = storedOrganization();
        WebhookEndpoint endpoint = storedEndpoint(org);
        outbox.addAll(List.of(queued(endpoint, "case_a", "case.created")));
        Instant now = clock.instant();
        endpoints.update(new WebhookEndpoint(endpoint.id(), org, endpoint.url(), endpoint.events(), null, false,
                endpoint.createdAt(), now));
        assertThat(outbox.claimDue(now, 10)).isEmpty();
        assertThat(outbox.nextDueAt()).isEmpty();

        endpoints.delete(org, endpoint.id());

        assertThat(outbox.list(org, endpoint.id(), 10, Optional.empty())).isEmpty();
    }
}
