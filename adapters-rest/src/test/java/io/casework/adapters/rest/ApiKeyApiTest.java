package io.casework.adapters.rest;

import static io.casework.adapters.rest.StaffMemberApiTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.ApiClient.Reply;
import io.casework.adapters.rest.auth.ApiKeyAuthenticator;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ApiKeyApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;

    private final ApiClient client = API.newOrganization();

    @Test
    void aNewKeyShowsItsSecretOnceAndTheSecretIsAKey() {
        Reply created = client.post("/v1/api-keys", "{\"name\":\"Back office\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(fieldNames(created.json())).containsExactly("id", "name", "secret", "created_at");
        assertThat(created.id()).startsWith("key_");
        assertThat(created.json().get("name").asText()).isEqualTo("Back office");
        String secret = created.json().get("secret").asText();
        assertThat(secret).startsWith(created.id() + ".");
        assertThat(client.withKey(secret).get("/v1/organization").status()).isEqualTo(200);
    }

    @Test
    void theListShowsEveryKeyNewestFirstWithoutSecrets() {
        String second = client.post("/v1/api-keys", "{\"name\":\"Second\"}").id();

        Reply list = client.get("/v1/api-keys");

        assertThat(list.status()).isEqualTo(200);
        JsonNode keys = list.json().get("data");
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0).get("id").asText()).isEqualTo(second);
        assertThat(keys.get(1).get("name").asText()).isEqualTo("First key");
        assertThat(fieldNames(keys.get(0))).containsExactly("id", "name", "created_at", "last_used_at", "revoked_at");
        assertThat(keys.get(0).get("revoked_at").isNull()).isTrue();
        assertThat(keys.get(1).get("last_used_at").isNull()).as("the first key made these calls").isFalse();
        assertThat(list.json().has("next_cursor")).isTrue();
    }

    @Test
    void aNameIsRequiredAndShort() {
        Reply missing = client.post("/v1/api-keys", "{}");
        Reply blank = client.post("/v1/api-keys", "{\"name\":\"  \"}");
        Reply long_ = client.post("/v1/api-keys", "{\"name\":\"" + "x".repeat(101) + "\"}");
        Reply number = client.post("/v1/api-keys", "{\"name\":5}");

        for (Reply reply : List.of(missing, blank, long_, number)) {
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.code()).isEqualTo("validation_failed");
            assertThat(reply.errorFields()).containsExactly("name");
        }
    }

    @Test
    void aRevokedKeyStaysListedAndIsRefusedOnceTheCacheForgetsIt() throws InterruptedException {
        Reply created = client.post("/v1/api-keys", "{\"name\":\"Leaked\"}");
        ApiClient leaked = client.withKey(created.json().get("secret").asText());
        assertThat(leaked.get("/v1/organization").status()).isEqualTo(200);

        Reply revoked = client.delete("/v1/api-keys/" + created.id());
        Thread.sleep(ApiKeyAuthenticator.CACHE_TTL.toMillis() + 100);

        assertThat(revoked.status()).isEqualTo(204);
        Reply refused = leaked.get("/v1/organization");
        assertThat(refused.status()).isEqualTo(401);
        JsonNode listed = findKey(created.id());
        assertThat(listed.get("revoked_at").isNull()).isFalse();
        assertThat(client.delete("/v1/api-keys/" + created.id()).status()).as("revoking twice").isEqualTo(204);
        assertThat(findKey(created.id()).get("revoked_at")).isEqualTo(listed.get("revoked_at"));
    }

    @Test
    void aKeyMayRevokeItself() throws InterruptedException {
        String first = client.get("/v1/api-keys").json().get("data").get(0).get("id").asText();

        Reply revoked = client.delete("/v1/api-keys/" + first);
        Thread.sleep(ApiKeyAuthenticator.CACHE_TTL.toMillis() + 100);

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(client.get("/v1/organization").status()).isEqualTo(401);
    }

    @Test
    void anotherOrganizationsKeyOrAMalformedIdIsNotFound() {
        ApiClient other = API.newOrganization();
        String theirs = other.post("/v1/api-keys", "{\"name\":\"Theirs\"}").id();

        Reply foreign = client.delete("/v1/api-keys/" + theirs);
        Reply malformed = client.delete("/v1/api-keys/not-a-key");

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("not_found");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(other.get("/v1/api-keys").json().get("data")).hasSize(2);
    }

    private JsonNode findKey(String id) {
        List<JsonNode> found = new ArrayList<>();
        client.get("/v1/api-keys?limit=100").json().get("data").forEach(key -> {
            if (key.get("id").asText().equals(id)) {
                found.add(key);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
