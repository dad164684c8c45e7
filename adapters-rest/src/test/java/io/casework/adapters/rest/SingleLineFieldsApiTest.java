package io.casework.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Names and reference ids reach email headers and list rows, so a CR or LF in them is a 422 naming the field, on
 * create and on change (issue 15: a name must not be able to add a header).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SingleLineFieldsApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;
    private static final String[] BREAKS = {"Ada\\nBcc: eve@example.test", "Ada\\r\\nX: 1", "Ada\\r", "\\nAda"};

    private final ApiClient client = API.newOrganization();

    @Test
    void staffMemberNames() {
        String ada = client.post("/v1/staff-members", "{\"email\":\"ada@example.test\",\"name\":\"Ada\"}").id();
        for (String name : BREAKS) {
            assertRefused(client.post("/v1/staff-members",
                    "{\"email\":\"bob@example.test\",\"name\":\"" + name + "\"}"), "name");
            assertRefused(client.patch("/v1/staff-members/" + ada, "{\"name\":\"" + name + "\"}"), "name");
        }
        assertThat(client.get("/v1/staff-members/" + ada).json().path("name").asText()).isEqualTo("Ada");
        assertThat(client.get("/v1/staff-members").json().path("data")).hasSize(1);
    }

    @Test
    void teamNames() {
        String team = client.post("/v1/teams", "{\"name\":\"Fraud\"}").id();
        for (String name : BREAKS) {
            assertRefused(client.post("/v1/teams", "{\"name\":\"" + name + "\"}"), "name");
            assertRefused(client.patch("/v1/teams/" + team, "{\"name\":\"" + name + "\"}"), "name");
        }
        assertThat(client.get("/v1/teams/" + team).json().path("name").asText()).isEqualTo("Fraud");
    }

    @Test
    void theSubjectsNameAndReferenceId() {
        for (String value : BREAKS) {
            Reply name = client.post("/v1/cases", "{\"case_type\":\"fraud\",\"subject\":{\"name\":\"" + value + "\"}}");
            Reply reference = client.post("/v1/cases",
                    "{\"case_type\":\"fraud\",\"subject\":{\"reference_id\":\"" + value + "\",\"name\":\"Jo\"}}");

            assertRefused(name, "subject.name");
            assertRefused(reference, "subject.reference_id");
        }
        assertThat(client.get("/v1/cases").json().path("data")).isEmpty();
    }

    @Test
    void workflowNames() {
        String draft = "\"trigger\":{\"event\":\"manual\"},\"steps\":[]}";
        String workflow = client.post("/v1/workflows", "{\"name\":\"Triage\"," + draft).id();
        for (String name : BREAKS) {
            assertRefused(client.post("/v1/workflows", "{\"name\":\"" + name + "\"," + draft), "name");
            assertRefused(client.put("/v1/workflows/" + workflow + "/draft", "{\"name\":\"" + name + "\"," + draft),
                    "name");
        }
        assertThat(client.get("/v1/workflows/" + workflow).json().path("name").asText()).isEqualTo("Triage");
    }

    @Test
    void otherWhitespaceAndUnicodeStayAllowed() {
        Reply tab = client.post("/v1/staff-members", "{\"email\":\"tab@example.test\",\"name\":\"Ada\\tL\"}");
        Reply unicode = client.post("/v1/teams", "{\"name\":\"Équipe 日本\"}");

        assertThat(tab.status()).as(tab.toString()).isEqualTo(201);
        assertThat(unicode.status()).as(unicode.toString()).isEqualTo(201);
    }

    private static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("validation_failed");
        assertThat(reply.errorFields()).as(reply.toString()).contains(field);
    }
}
