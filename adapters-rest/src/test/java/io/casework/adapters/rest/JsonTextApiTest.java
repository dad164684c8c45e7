package io.casework.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a JSON body's text may not hold, whichever field it is in (API.md "Errors", issue 15). */
@ExtendWith(DropwizardExtensionsSupport.class)
class JsonTextApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;

    private final ApiClient client = API.newOrganization();

    @Test
    void aLoneSurrogateIsA422NamingTheField() {
        Reply staff = client.post("/v1/staff-members", "{\"email\":\"ada@example.test\",\"name\":\"Ada\\ud800\"}");
        Reply reversed = client.post("/v1/cases", "{\"case_type\":\"fraud\",\"subject\":{\"name\":\"\\udc00\\ud800\"}}");
        Reply key = client.post("/v1/cases", "{\"case_type\":\"fraud\",\"attributes\":{\"\\udfff\":1}}");
        Reply pair = client.post("/v1/cases", "{\"case_type\":\"fraud\",\"subject\":{\"name\":\"Jo \\ud83e\\udd84\"}}");

        assertThat(staff.status()).isEqualTo(422);
        assertThat(staff.code()).isEqualTo("validation_failed");
        assertThat(staff.errorFields()).containsExactly("name");
        assertThat(reversed.errorFields()).containsExactly("subject.name");
        assertThat(key.status()).isEqualTo(422);
        assertThat(key.errorFields()).hasSize(1);
        assertThat(pair.status()).as("a surrogate pair is one character: %s", pair).isEqualTo(201);
        assertThat(pair.json().at("/subject/name").asText()).isEqualTo("Jo \uD83E\uDD84");
    }

    @Test
    void bytesThatAreNotUtf8AreAMalformedBody() {
        byte[][] invalid = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0x80}};
        for (byte[] bad : invalid) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes("{\"email\":\"ada@example.test\",\"name\":\"Ada".getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bad);
            body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));

            Reply reply = client.send("POST", "/v1/staff-members",
                    Entity.entity(body.toByteArray(), MediaType.APPLICATION_JSON_TYPE), Map.of());

            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("malformed_request");
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().path("detail").asText()).contains("UTF-8");
        }
    }

    @Test
    void aKeyGivenTwiceInOneObjectIsAMalformedBody() {
        Reply top = client.post("/v1/staff-members",
                "{\"email\":\"ada@example.test\",\"name\":\"Ada\",\"name\":\"Eve\"}");
        Reply nested = client.post("/v1/cases", "{\"case_type\":\"fraud\",\"attributes\":{\"a\":1,\"a\":2}}");
        Reply patch = client.patch("/v1/cases/case_abc", "{\"priority\":\"low\",\"priority\":\"high\"}");

        for (Reply reply : new Reply[] {top, nested, patch}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("malformed_request");
        }
        assertThat(nested.json().path("detail").asText()).contains("attributes.a");
        assertThat(client.get("/v1/staff-members").json().path("data")).isEmpty();
    }

    @Test
    void aNumberNoDecimalCanHoldIsA422NamingTheFieldNotA500() {
        Reply workflow = client.post("/v1/workflows", "{\"name\":\"W\",\"trigger\":{\"event\":\"manual\","
                + "\"unknown\":1E+2147483648},\"steps\":[]}");
        Reply attributes = client.post("/v1/cases", "{\"case_type\":\"fraud\",\"attributes\":{\"n\":1e-2147483649}}");

        assertThat(workflow.status()).as(workflow.toString()).isEqualTo(422);
        assertThat(workflow.errorFields()).containsExactly("trigger.unknown");
        assertThat(attributes.status()).as(attributes.toString()).isEqualTo(422);
        assertThat(attributes.errorFields()).containsExactly("attributes.n");
    }

    /** PostgreSQL's jsonb holds 131072 digits before the point and 16383 after; beyond, storing it was a 500. */
    @Test
    void aNumberTheDatabaseCannotStoreIsA422NamingTheField() {
        Reply config = client.post("/v1/workflows", "{\"name\":\"W\",\"trigger\":{\"event\":\"manual\"},"
                + "\"steps\":[{\"id\":\"s\",\"type\":\"later\",\"config\":{\"n\":0.1e999999999}}]}");
        Reply attributes = client.post("/v1/cases", "{\"case_type\":\"fraud\",\"attributes\":"
                + "{\"big\":1e131072,\"small\":1e-16384}}");
        Reply largest = client.post("/v1/cases", "{\"case_type\":\"fraud\",\"attributes\":"
                + "{\"big\":1e131071,\"small\":1e-16383}}");

        assertThat(config.status()).as(config.toString()).isEqualTo(422);
        assertThat(config.errorFields()).containsExactly("steps[0].config.n");
        assertThat(attributes.status()).as(attributes.toString()).isEqualTo(422);
        assertThat(attributes.errorFields()).containsExactly("attributes.big", "attributes.small");
        assertThat(largest.status()).as(largest.toString()).isEqualTo(201);
    }
}
