package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.domain.organization.Plan;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two server processes on one database, both sending webhooks: each event is posted once, none lost. */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebhookSendersTest {
    private static final int CASES = 40;
    static final TestServer FIRST = new TestServer(ConfigOverride.config("webhooks.allowInsecure", "true"));
    static final DropwizardAppExtension<CaseworkConfiguration> FIRST_APP = FIRST.app;
    static final TestServer SECOND = new TestServer(FIRST.database(),
            ConfigOverride.config("webhooks.allowInsecure", "true"));
    static final DropwizardAppExtension<CaseworkConfiguration> SECOND_APP = SECOND.app;

    @Test
    void twoProcessesNeverPostTheSameDeliveryTwice() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String key = FIRST.newOrganization("Acme", Plan.GROWTH);
            assertThat(FIRST.post(key, "/v1/webhook-endpoints", "{\"url\":\"" + receiver.url()
                    + "\",\"events\":[\"case.created\"]}").status()).isEqualTo(201);
            for (int i = 0; i < CASES; i++) {
                (i % 2 == 0 ? FIRST : SECOND).post(key, "/v1/cases", "{\"case_type\":\"fraud\"}");
            }

            List<WebhookReceiver.Received> received = receiver.take(CASES, Duration.ofSeconds(30));

            assertThat(received).extracting(WebhookReceiver.Received::eventId).doesNotHaveDuplicates();
            assertThat(receiver.quietFor(Duration.ofSeconds(1))).as("nothing posted twice").isTrue();
        }
    }
}
