package io.casework.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cross-cutting rules of API.md "Conventions", on every kind of endpoint. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConventionsApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;

    private final ApiClient client = API.newOrganization();

    @Test
    void aMissingOrWrongKeyIsAProblem401() {
        Reply missing = API.anonymous().get("/v1/staff-members");
        Reply wrong = client.withKey("key_nope.secret").post("/v1/cases", "{\"case_type\":\"x\"}");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.code()).isEqualTo("unauthorized");
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void aGoodKeyIsReadOnceAndThenRememberedWhileAWrongOneIsCheckedAtEveryRequest() {
        ApiClient fresh = API.newOrganization();
        ApiClient wrongSecret = fresh.withKey(fresh.apiKey().substring(0, fresh.apiKey().indexOf('.')) + ".wrong");

        long before = API.casework.apiKeys.lookups();
        for (int i = 0; i < 3; i++) {
            assertThat(fresh.get("/v1/staff-members").status()).isEqualTo(200);
        }
        long good = API.casework.apiKeys.lookups() - before;
        for (int i = 0; i < 2; i++) {
            assertThat(wrongSecret.get("/v1/staff-members").status()).isEqualTo(401);
        }
        long wrong = API.casework.apiKeys.lookups() - before - good;

        assertThat(good).isEqualTo(1);
        assertThat(wrong).isEqualTo(2);
    }

    @Test
    void anUnknownQueryParameterIs422NamingItOnEveryKindOfEndpoint() {
        String caseId = client.post("/v1/cases", "{\"case_type\":\"x\"}").id();
        for (String request : new String[] {"GET /v1/cases?colour=red", "GET /v1/cases?staus=open&status=open",
                "GET /v1/cases/" + caseId + "?colour=red", "GET /v1/cases/" + caseId + "/events?colour=",
                "GET /v1/organization?colour=red", "GET /v1/staff-members?colour=red",
                "POST /v1/cases/" + caseId + "/unassign?colour=red", "GET /v1/notifications?colour=red"}) {
            String[] methodAndPath = request.split(" ");
            Reply reply = client.send(methodAndPath[0], methodAndPath[1], null, Map.of());

            assertThat(reply.status()).as(request).isEqualTo(422);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.code()).isEqualTo("validation_failed");
            assertThat(reply.errorFields()).as(request).containsExactly(methodAndPath[1].contains("staus")
                    ? "staus" : "colour");
        }
    }

    @Test
    void unknownQueryParametersAreNamedEachAndChangeNothing() {
        ApiClient fresh = API.newOrganization();

        Reply create = fresh.post("/v1/staff-members?notify=true&b=1",
                "{\"email\":\"q@example.com\",\"name\":\"Q\"}");

        assertThat(create.status()).isEqualTo(422);
        assertThat(create.errorFields()).containsExactly("b", "notify");
        assertThat(fresh.get("/v1/staff-members").json().get("data").size()).isZero();
        assertThat(API.anonymous().get("/v1/staff-members?colour=red").status()).isEqualTo(401);
        assertThat(fresh.get("/v1/cases?status=open&case_type=x&assignee_id=team_a&priority=high"
                + "&subject.reference_id=r&limit=5").status()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        for (String body : new String[] {"{nope", "{\"case_type\": \"x\"} trailing", "{\"case_type\": tru}"}) {
            Reply reply = client.post("/v1/cases", body);

            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("malformed_request");
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aBodyThatIsNotAJsonObjectIs400() {
        for (String body : new String[] {"[]", "\"text\"", "42", "null", "true"}) {
            assertThat(client.post("/v1/staff-members", body).status()).as(body).isEqualTo(400);
            assertThat(client.post("/v1/teams", body).status()).as(body).isEqualTo(400);
            assertThat(client.patch("/v1/cases/case_abc", body).status()).as(body).isEqualTo(400);
        }
    }

    @Test
    void anEmptyBodyIs400() {
        Reply post = client.post("/v1/cases", "");
        Reply patch = client.patch("/v1/staff-members/stf_abc", "");

        assertThat(post.status()).isEqualTo(400);
        assertThat(post.code()).isEqualTo("malformed_request");
        assertThat(patch.status()).isEqualTo(400);
    }

    @Test
    void aBodyThatIsNotJsonByContentTypeIs415() {
        Reply text = client.send("POST", "/v1/cases", Entity.entity("{\"case_type\":\"x\"}", MediaType.TEXT_PLAIN),
                Map.of());
        Reply form = client.send("PATCH", "/v1/cases/case_abc", Entity.form(new jakarta.ws.rs.core.Form("a", "b")),
                Map.of());
        Reply xml = client.send("POST", "/v1/cases/case_abc/unassign",
                Entity.entity("<case/>", MediaType.APPLICATION_XML), Map.of());

        assertThat(text.status()).isEqualTo(415);
        assertThat(text.code()).isEqualTo("unsupported_media_type");
        assertThat(form.status()).isEqualTo(415);
        assertThat(xml.status()).isEqualTo(415);
    }

    @Test
    void jsonWithACharsetIsJson() {
        Reply reply = client.send("POST", "/v1/cases",
                Entity.entity("{\"case_type\":\"x\"}", "application/json; charset=utf-8"), Map.of());

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void aBodyAnnouncedOver1MiBIs413() {
        Reply reply = client.send("POST", "/v1/cases", Entity.json("{\"case_type\":\"x\"}"),
                Map.of("Content-Length", Integer.toString(1024 * 1024 + 1)));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("payload_too_large");
    }

    @Test
    void aBodyAnnouncedOver2GiBIs413() {
        Reply reply = client.send("POST", "/v1/cases", Entity.json("{\"case_type\":\"x\"}"),
                Map.of("Content-Length", "5000000000"));

        assertThat(reply.status()).isEqualTo(413);
    }

    @Test
    void aStreamedBodyOver1MiBIs413() {
        Reply reply = client.send("POST", "/v1/cases", Entity.json(new ByteArrayInputStream(oversizedCase())),
                Map.of());

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("payload_too_large");
    }

    @Test
    void aStreamedPatchOver1MiBIs413() {
        Reply reply = client.send("PATCH", "/v1/cases/case_abc", Entity.json(new ByteArrayInputStream(oversizedCase())),
                Map.of());

        assertThat(reply.status()).isEqualTo(413);
    }

    @Test
    void aBodyUnder1MiBIsRead() {
        String padding = "x".repeat(200_000);
        Reply reply = client.post("/v1/cases", "{\"case_type\":\"x\",\"attributes\":{\"note\":\"" + padding + "\"}}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("attributes");
    }

    @Test
    void anUnknownRouteIsAProblem404() {
        Reply reply = client.get("/v1/nothing-here");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("not_found");
    }

    @Test
    void aWrongMethodIsAProblem405() {
        Reply reply = client.delete("/v1/cases");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void oddInputNeverCausesAServerError() {
        String[] bodies = {"{}", "{\"a\":{\"b\":[1,2,{\"c\":null}]}}", "{\"name\":null,\"email\":[]}",
            "{\"member_ids\":{}}", "{\"member_ids\":[null,1,\"stf_\"]}", "{\"tags\":[null]}", "{\"subject\":[]}",
            "{\"attributes\":null,\"tags\":null,\"subject\":null}", "{\"max_active_cases\":1e99}",
            "{\"max_active_cases\":99999999999}", "{\"status\":null,\"resolution\":5}", "{\"case_type\":\"\"}",
            "{\"assignee_type\":\"team\",\"assignee_id\":\"\"}", "{\"assignee_type\":\"individual\"}",
            "{\"priority\":\"HIGH\"}", "{\"case_type\":\"x\",\"subject\":{\"email\":\"\"}}"};
        String[] posts = {"/v1/staff-members", "/v1/teams", "/v1/cases", "/v1/cases/case_abc/assign"};
        String[] patches = {"/v1/staff-members/stf_abc", "/v1/teams/team_abc", "/v1/cases/case_abc"};
        for (String body : bodies) {
            for (String path : posts) {
                assertThat(client.post(path, body).status()).as("POST %s %s", path, body).isBetween(200, 499);
            }
            for (String path : patches) {
                assertThat(client.patch(path, body).status()).as("PATCH %s %s", path, body).isBetween(200, 499);
            }
        }
    }

    @Test
    void aNulCharacterAnywhereInABodyIs422NamingEachField() {
        Reply created = client.post("/v1/cases", "{\"case_type\":\"x\",\"subject\":{\"name\":\"A\\u0000\"},"
                + "\"attributes\":{\"a\":{\"b\":[\"ok\",\"x\\u0000y\"]}},\"tags\":[\"\\u0000\"]}");
        Reply key = client.post("/v1/cases", "{\"case_type\":\"x\",\"attributes\":{\"k\\u0000\":1}}");
        Reply team = client.post("/v1/teams", "{\"name\":\"T\",\"member_ids\":[\"stf_\\u0000\"]}");
        Reply patched = client.patch("/v1/staff-members/stf_abc", "{\"name\":\"\\u0000\"}");

        assertThat(created.status()).isEqualTo(422);
        assertThat(created.code()).isEqualTo("validation_failed");
        assertThat(created.errorFields()).containsExactly("subject.name", "attributes.a.b[1]", "tags[0]");
        assertThat(created.json().at("/errors/0/message").asText()).contains("U+0000");
        assertThat(key.errorFields()).containsExactly("attributes.k\0");
        assertThat(team.errorFields()).containsExactly("member_ids[0]");
        assertThat(patched.status()).isEqualTo(422);
        assertThat(patched.errorFields()).containsExactly("name");
    }

    @Test
    void aNulCharacterStillLosesToAMissingKeyAndToMalformedJson() {
        Reply anonymous = API.anonymous().post("/v1/cases", "{\"case_type\":\"\\u0000\"}");
        Reply malformed = client.post("/v1/cases", "{\"case_type\":\"\\u0000\",}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void aNulCharacterInAQueryParameterOrInsideACursorIs422() {
        Reply type = client.get("/v1/cases?case_type=fraud%00");
        Reply cursor = client.get("/v1/cases?cursor=" + cursorAt("1764150000.0.case_\0"));

        assertThat(type.status()).isEqualTo(422);
        assertThat(type.errorFields()).containsExactly("case_type");
        assertThat(type.json().at("/errors/0/message").asText()).contains("U+0000");
        assertThat(cursor.status()).isEqualTo(422);
        assertThat(cursor.errorFields()).containsExactly("cursor");
    }

    @Test
    void aCursorOfATimeNoDatabaseHoldsIs422() {
        Reply past = client.get("/v1/cases?cursor=" + cursorAt("-62135596801.0.case_a"));
        Reply future = client.get("/v1/cases?cursor=" + cursorAt("253402300800.0.case_a"));
        Reply last = client.get("/v1/cases?cursor=" + cursorAt("253402300799.0.case_a"));

        assertThat(past.errorFields()).containsExactly("cursor");
        assertThat(future.errorFields()).containsExactly("cursor");
        assertThat(last.status()).isEqualTo(200);
    }

    /** A cursor as the API encodes one: "epoch seconds.nanos.id" in URL-safe base64. */
    private static String cursorAt(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] oversizedCase() {
        String json = "{\"case_type\":\"x\",\"attributes\":{\"note\":\"" + "x".repeat(1024 * 1024) + "\"}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
