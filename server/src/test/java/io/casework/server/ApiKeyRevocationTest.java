package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.auth.ApiKeyAuthenticator;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two server processes on one database: a key revoked through one is refused by both within a second. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiKeyRevocationTest {
    static final TestServer FIRST = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> FIRST_APP = FIRST.app;
    static final TestServer SECOND = new TestServer(FIRST.database());
    static final DropwizardAppExtension<CaseworkConfiguration> SECOND_APP = SECOND.app;

    @Test
    void aRevokedKeyIsRefusedByEveryProcessWithinASecond() throws InterruptedException {
        String admin = FIRST.newOrganization("Acme", Plan.GROWTH);
        JsonNode created = FIRST.post(admin, "/v1/api-keys", "{\"name\":\"Back office\"}").body();
        String key = created.get("secret").asText();
        // both processes have the key in their authentication cache
        assertThat(FIRST.get(key, "/v1/organization").status()).isEqualTo(200);
        assertThat(SECOND.get(key, "/v1/organization").status()).isEqualTo(200);

        assertThat(FIRST.send(admin, "DELETE", "/v1/api-keys/" + created.get("id").asText(), null, null).status())
                .isEqualTo(204);
        Thread.sleep(ApiKeyAuthenticator.CACHE_TTL.toMillis());

        assertThat(FIRST.get(key, "/v1/organization").status()).isEqualTo(401);
        assertThat(SECOND.get(key, "/v1/organization").status()).isEqualTo(401);
        assertThat(SECOND.get(admin, "/v1/organization").status()).as("other keys still work").isEqualTo(200);
    }

    @Test
    void lastUsedIsWrittenOnceAMinuteNotPerRequest() {
        String key = FIRST.newOrganization("Globex", Plan.GROWTH);
        assertThat(FIRST.get(key, "/v1/organization").status()).isEqualTo(200);
        JsonNode first = FIRST.get(key, "/v1/api-keys").body().get("data").get(0);
        String lastUsed = first.get("last_used_at").asText();

        for (int i = 0; i < 5; i++) {
            SECOND.get(key, "/v1/organization");
        }

        assertThat(lastUsed).isNotEmpty();
        assertThat(SECOND.get(key, "/v1/api-keys").body().get("data").get(0).get("last_used_at").asText())
                .isEqualTo(lastUsed);
    }
}
