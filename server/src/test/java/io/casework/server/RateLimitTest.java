package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.domain.organization.Plan;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Per-organization rate limits, set small here: 1 write a second in bursts of 3, 1 read a second in bursts of 5. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RateLimitTest {
    static final TestServer SERVER = new TestServer(
            ConfigOverride.config("rateLimits.writesPerSecond", "1"),
            ConfigOverride.config("rateLimits.writeBurst", "3"),
            ConfigOverride.config("rateLimits.readsPerSecond", "1"),
            ConfigOverride.config("rateLimits.readBurst", "5"));
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;
    private static final String TEAM = "{\"name\": \"Reviewers\"}";

    @Test
    void aBurstOfWritesOverTheLimitIs429WithRetryAfterAndAProblem() {
        String key = SERVER.newOrganization("Busy", Plan.GROWTH);

        int created = 0;
        TestServer.Response refused = null;
        for (int i = 0; i < 20 && refused == null; i++) {
            TestServer.Response response = SERVER.post(key, "/v1/teams", TEAM);
            if (response.status() == 201) {
                created++;
            } else {
                refused = response;
            }
        }

        assertThat(created).isGreaterThanOrEqualTo(3);
        assertThat(refused).isNotNull();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("code").asText()).isEqualTo("rate_limited");
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:casework:problem:rate_limited");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 2);
        assertThat(SERVER.get(key, "/v1/teams?limit=100").body().get("data")).hasSize(created);
    }

    @Test
    void anotherOrganizationAndTheSameOrganizationsReadsAreUnaffected() {
        String busy = SERVER.newOrganization("Busy", Plan.GROWTH);
        String quiet = SERVER.newOrganization("Quiet", Plan.GROWTH);
        exhaustWrites(busy);

        assertThat(SERVER.post(quiet, "/v1/teams", TEAM).status()).isEqualTo(201);
        assertThat(SERVER.get(busy, "/v1/teams").status()).isEqualTo(200);
        assertThat(SERVER.post(busy, "/v1/teams", TEAM).status()).isEqualTo(429);
    }

    @Test
    void readsHaveTheirOwnLimit() {
        String key = SERVER.newOrganization("Reader", Plan.GROWTH);

        int status = 200;
        for (int i = 0; i < 30 && status == 200; i++) {
            status = SERVER.get(key, "/v1/organization").status();
        }

        assertThat(status).isEqualTo(429);
        assertThat(SERVER.post(key, "/v1/teams", TEAM).status()).isEqualTo(201);
    }

    @Test
    void aRefusedPostKeepsNoIdempotentAnswerAndRunsWhenRetriedAfterRetryAfter() throws Exception {
        String key = SERVER.newOrganization("Patient", Plan.GROWTH);
        exhaustWrites(key);

        TestServer.Response refused = SERVER.send(key, "POST", "/v1/teams", TEAM, "application/json",
                "Idempotency-Key", "team-1");
        assertThat(refused.status()).isEqualTo(429);
        Thread.sleep(Integer.parseInt(refused.header("Retry-After")) * 1000L);
        TestServer.Response retried = SERVER.send(key, "POST", "/v1/teams", TEAM, "application/json",
                "Idempotency-Key", "team-1");

        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
    }

    private static void exhaustWrites(String key) {
        for (int i = 0; i < 20; i++) {
            if (SERVER.post(key, "/v1/teams", TEAM).status() == 429) {
                return;
            }
        }
        throw new AssertionError("20 writes in a row were not refused");
    }
}
