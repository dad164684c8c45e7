package io.casework.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.out.WebhookOutbox.QueuedDelivery;
import io.casework.application.testing.InMemoryCasework;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.webhook.WebhookEndpointId;
import io.casework.domain.webhook.WebhookEventType;
import io.casework.domain.webhook.WebhookUrl;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookEventsTest {
    private final InMemoryCasework casework = new InMemoryCasework();
    private final OrganizationId org = casework.organization(Plan.GROWTH);

    private WebhookEndpointId endpoint(WebhookEventType... events) {
        return casework.useCases.webhookEndpoints().create(org, new WebhookUrl("https://hooks.example.com/in"),
                Set.of(events), null).endpoint().id();
    }

    @Test
    void eachSubscribedEndpointGetsTheEventsItWantsAndNoOther() {
        WebhookEndpointId created = endpoint(WebhookEventType.CASE_CREATED);
        WebhookEndpointId resolved = endpoint(WebhookEventType.CASE_RESOLVED);
        casework.newCase(casework.organization(Plan.GROWTH), "fraud"); // another organization's

        Case aCase = casework.newCase(org, "fraud");

        assertThat(casework.webhooks.queued).singleElement().satisfies(d -> {
            assertThat(d.endpointId()).isEqualTo(created);
            assertThat(d.eventType()).isEqualTo("case.created");
            assertThat(d.subject()).isEqualTo(aCase.id().value());
            assertThat(d.body()).isEqualTo("case.created " + aCase.id());
        });
        assertThat(casework.webhooks.queued).extracting(QueuedDelivery::endpointId).doesNotContain(resolved);
    }

    @Test
    void aDisabledEndpointIsQueuedNothing() {
        WebhookEndpointId id = endpoint(WebhookEventType.CASE_CREATED);
        casework.useCases.webhookEndpoints().update(org, id, Optional.empty(), Optional.empty(), Optional.of(false));

        casework.newCase(org, "fraud");

        assertThat(casework.webhooks.queued).isEmpty();
    }

    @Test
    void plainHttpIsRefusedUnlessTheServerAllowsIt() {
        assertThatThrownBy(() -> casework.useCases.webhookEndpoints().create(org,
                new WebhookUrl("http://hooks.example.com/in"), Set.of(WebhookEventType.CASE_CREATED), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("url"));
    }
}
