package io.casework.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class StaffMemberApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;

    private final ApiClient client = API.newOrganization();

    private Reply hire(String email) {
        return client.post("/v1/staff-members", "{\"email\":\"" + email + "\",\"name\":\"Ada Lovelace\"}");
    }

    @Test
    void createAnswers201WithTheMemberAndItsVersionAsETag() {
        Reply reply = hire("Ada@Example.com");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.etag()).isEqualTo("\"1\"");
        JsonNode member = reply.json();
        assertThat(fieldNames(member)).containsExactly("id", "email", "name", "role", "status", "availability",
                "max_active_cases", "out_of_office", "created_at", "version");
        assertThat(member.get("id").asText()).startsWith("stf_");
        assertThat(member.get("email").asText()).isEqualTo("Ada@Example.com");
        assertThat(member.get("role").asText()).isEqualTo("reviewer");
        assertThat(member.get("status").asText()).isEqualTo("active");
        assertThat(member.get("availability").asText()).isEqualTo("available");
        assertThat(member.get("max_active_cases").isNull()).isTrue();
        assertThat(member.get("out_of_office")).isEmpty();
        assertThat(member.get("created_at").asText()).matches("2026-11-26T10:00:00\\.\\d+Z");
        assertThat(member.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void anAdminIsHiredByNamingTheRoleAndPatchChangesIt() {
        Reply admin = client.post("/v1/staff-members",
                "{\"email\":\"root@example.com\",\"name\":\"Root\",\"role\":\"admin\"}");

        Reply demoted = client.patch("/v1/staff-members/" + admin.id(), "{\"role\":\"reviewer\"}");

        assertThat(admin.status()).isEqualTo(201);
        assertThat(admin.json().get("role").asText()).isEqualTo("admin");
        assertThat(demoted.status()).isEqualTo(200);
        assertThat(demoted.json().get("role").asText()).isEqualTo("reviewer");
        assertThat(client.get("/v1/staff-members/" + admin.id()).json().get("role").asText()).isEqualTo("reviewer");
    }

    @Test
    void anUnknownRoleIsNamedOnCreateAndPatch() {
        String id = hire("eve@example.com").id();

        Reply create = client.post("/v1/staff-members",
                "{\"email\":\"x@example.com\",\"name\":\"X\",\"role\":\"owner\"}");
        Reply patch = client.patch("/v1/staff-members/" + id, "{\"role\":\"owner\"}");

        assertThat(create.status()).isEqualTo(422);
        assertThat(create.errorFields()).containsExactly("role");
        assertThat(patch.status()).isEqualTo(422);
        assertThat(patch.errorFields()).containsExactly("role");
    }

    @Test
    void getAnswersTheMemberWithItsETag() {
        String id = hire("grace@example.com").id();

        Reply reply = client.get("/v1/staff-members/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"1\"");
        assertThat(reply.json().get("email").asText()).isEqualTo("grace@example.com");
    }

    @Test
    void anEmailTakenInAnyCaseIsAConflict() {
        hire("linus@example.com");

        Reply reply = hire("LINUS@example.com");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("conflict");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        Reply reply = client.post("/v1/staff-members", "{}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("validation_failed");
        assertThat(reply.errorFields()).containsExactly("email", "name");
        assertThat(reply.json().at("/errors/0/message").asText()).isEqualTo("is required");
    }

    @Test
    void anInvalidEmailOrAnOverlongNameIsNamed() {
        Reply email = client.post("/v1/staff-members", "{\"email\":\"not-an-email\",\"name\":\"A\"}");
        Reply name = client.post("/v1/staff-members", "{\"email\":\"a@example.com\",\"name\":\"" + "n".repeat(201)
                + "\"}");

        assertThat(email.status()).isEqualTo(422);
        assertThat(email.errorFields()).containsExactly("email");
        assertThat(name.status()).isEqualTo(422);
        assertThat(name.errorFields()).containsExactly("name");
    }

    @Test
    void aWrongTypeIsNamed() {
        Reply reply = client.post("/v1/staff-members", "{\"email\":5,\"name\":\"A\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("email");
        assertThat(reply.json().at("/errors/0/message").asText()).isEqualTo("must be a string");
    }

    @Test
    void clientSuppliedIdStatusVersionOrTimestampsAreUnknownFields() {
        for (String field : List.of("id", "status", "version", "created_at", "updated_at", "emial")) {
            Reply reply = client.post("/v1/staff-members",
                    "{\"email\":\"x@example.com\",\"name\":\"X\",\"" + field + "\":\"1\"}");

            assertThat(reply.status()).as(field).isEqualTo(422);
            assertThat(reply.errorFields()).containsExactly(field);
            assertThat(reply.json().at("/errors/0/message").asText()).isEqualTo("is not a known field");
        }
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        String id = hire("ken@example.com").id();

        Reply reply = client.patch("/v1/staff-members/" + id, "{\"name\":\"Ken Thompson\",\"availability\":\"away\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"2\"");
        assertThat(reply.json().get("name").asText()).isEqualTo("Ken Thompson");
        assertThat(reply.json().get("availability").asText()).isEqualTo("away");
        assertThat(reply.json().get("status").asText()).isEqualTo("active");
        assertThat(reply.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void patchSetsTheCaseLimitAndNullRemovesIt() {
        String id = hire("barbara@example.com").id();

        Reply limited = client.patch("/v1/staff-members/" + id, "{\"max_active_cases\":3}");
        Reply untouched = client.patch("/v1/staff-members/" + id, "{\"status\":\"deactivated\"}");
        Reply unlimited = client.patch("/v1/staff-members/" + id, "{\"max_active_cases\":null}");

        assertThat(limited.json().get("max_active_cases").asInt()).isEqualTo(3);
        assertThat(untouched.json().get("max_active_cases").asInt()).isEqualTo(3);
        assertThat(untouched.json().get("status").asText()).isEqualTo("deactivated");
        assertThat(unlimited.json().get("max_active_cases").isNull()).isTrue();
    }

    @Test
    void patchCorrectsAMistypedEmail() {
        String id = hire("dennis@exmaple.com").id();

        Reply reply = client.patch("/v1/staff-members/" + id, "{\"email\":\"Dennis@example.com\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"2\"");
        assertThat(reply.json().get("email").asText()).isEqualTo("Dennis@example.com");
        assertThat(client.get("/v1/staff-members/" + id).json().get("email").asText()).isEqualTo("Dennis@example.com");
        assertThat(hire("dennis@exmaple.com").status()).as("the old address is free again").isEqualTo(201);
    }

    @Test
    void patchRefusesAnEmailAsCreateDoes() {
        hire("brian@example.com");
        String id = hire("rob@example.com").id();

        Reply taken = client.patch("/v1/staff-members/" + id, "{\"email\":\"BRIAN@example.com\"}");
        Reply invalid = client.patch("/v1/staff-members/" + id, "{\"email\":\"not-an-email\"}");
        Reply wrongType = client.patch("/v1/staff-members/" + id, "{\"email\":null,\"name\":\"Rob\"}");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("conflict");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorFields()).containsExactly("email");
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.errorFields()).containsExactly("email");
        JsonNode unchanged = client.get("/v1/staff-members/" + id).json();
        assertThat(unchanged.get("email").asText()).isEqualTo("rob@example.com");
        assertThat(unchanged.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void patchNamesEveryMalformedField() {
        String id = hire("margaret@example.com").id();

        Reply reply = client.patch("/v1/staff-members/" + id,
                "{\"name\":null,\"availability\":\"busy\",\"status\":5,\"max_active_cases\":1.5}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactlyInAnyOrder("name", "availability", "status",
                "max_active_cases");
    }

    @Test
    void putOutOfOfficeReplacesTheWindowsWhichEveryReadShows() {
        String id = hire("ada.ooo@example.com").id();

        Reply set = client.put("/v1/staff-members/" + id + "/out-of-office", """
                {"windows":[{"starts_at":"2026-12-24T09:00:00+01:00","ends_at":"2027-01-02T00:00:00Z","note":"Holidays"},
                            {"starts_at":"2026-12-01T09:00:00Z","ends_at":"2026-12-01T13:00:00Z"}]}""");

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.etag()).isEqualTo("\"2\"");
        assertThat(set.json().get("out_of_office").toString()).isEqualTo("""
                [{"starts_at":"2026-12-01T09:00:00Z","ends_at":"2026-12-01T13:00:00Z","note":null},\
                {"starts_at":"2026-12-24T08:00:00Z","ends_at":"2027-01-02T00:00:00Z","note":"Holidays"}]""");
        assertThat(client.get("/v1/staff-members/" + id).json().get("out_of_office")).isEqualTo(
                set.json().get("out_of_office"));
        assertThat(client.patch("/v1/staff-members/" + id, "{\"name\":\"Ada\"}").json().get("out_of_office"))
                .isEqualTo(set.json().get("out_of_office"));
        Reply cleared = client.put("/v1/staff-members/" + id + "/out-of-office", "{\"windows\":[]}", "\"3\"");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("out_of_office")).isEmpty();
        assertThat(client.put("/v1/staff-members/" + id + "/out-of-office", "{\"windows\":[]}", "\"3\"").status())
                .isEqualTo(412);
    }

    @Test
    void putOutOfOfficeNamesEachBadWindowField() {
        String id = hire("bob.ooo@example.com").id();
        String path = "/v1/staff-members/" + id + "/out-of-office";

        Reply bad = client.put(path, """
                {"windows":[{"starts_at":"2026-12-01T09:00:00Z","ends_at":"2026-12-01T09:00:00Z"},
                            {"starts_at":"2026-12-01","ends_at":"2026-12-02T00:00:00Z","note":"a\\nb"},
                            {"ends_at":"2026-12-02T00:00:00Z","note":"%s"}]}""".formatted("x".repeat(201)));
        Reply overlapping = client.put(path, """
                {"windows":[{"starts_at":"2026-12-01T00:00:00Z","ends_at":"2026-12-05T00:00:00Z"},
                            {"starts_at":"2026-12-04T00:00:00Z","ends_at":"2026-12-06T00:00:00Z"}]}""");
        StringBuilder many = new StringBuilder("{\"windows\":[");
        for (int day = 1; day <= 51; day++) {
            many.append(day > 1 ? "," : "").append("{\"starts_at\":\"2027-01-%02dT00:00:00Z\",\"ends_at\":\"2027-01-%02dT01:00:00Z\"}"
                    .formatted(day % 28 + 1, day % 28 + 1).replace("2027-01", "2027-" + "%02d".formatted(day / 28 + 1)));
        }
        Reply tooMany = client.put(path, many.append("]}").toString());

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.code()).isEqualTo("validation_failed");
        assertThat(bad.errorFields()).containsExactly("windows[0].ends_at", "windows[1].starts_at",
                "windows[1].note", "windows[2].starts_at", "windows[2].note");
        assertThat(overlapping.errorFields()).containsExactly("windows[1].starts_at");
        assertThat(tooMany.errorFields()).containsExactly("windows");
        assertThat(client.put(path, "{}").errorFields()).containsExactly("windows");
        assertThat(client.put(path, "{\"windows\":[],\"reason\":\"x\"}").errorFields()).containsExactly("reason");
        assertThat(client.put(path, "{\"windows\":[{\"starts_at\":1}]}").errorFields())
                .containsExactly("windows[0].starts_at");
        assertThat(client.put("/v1/staff-members/stf_nobody/out-of-office", "{\"windows\":[]}").status())
                .isEqualTo(404);
        assertThat(client.get("/v1/staff-members/" + id).json().get("out_of_office")).isEmpty();
    }

    @Test
    void aCaseLimitBelowOneIsRefused() {
        String id = hire("edsger@example.com").id();

        Reply reply = client.patch("/v1/staff-members/" + id, "{\"max_active_cases\":0}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("max_active_cases");
    }

    @Test
    void patchHonoursIfMatch() {
        String id = hire("tony@example.com").id();

        Reply current = client.patch("/v1/staff-members/" + id, "{\"name\":\"Tony\"}", "\"1\"");
        Reply stale = client.patch("/v1/staff-members/" + id, "{\"name\":\"Sir Tony\"}", "\"1\"");
        Reply any = client.patch("/v1/staff-members/" + id, "{\"name\":\"C. A. R. Hoare\"}", "*");

        assertThat(current.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("precondition_failed");
        assertThat(any.status()).isEqualTo(200);
        assertThat(any.json().get("name").asText()).isEqualTo("C. A. R. Hoare");
    }

    @Test
    void aMalformedIfMatchIs400() {
        String id = hire("john@example.com").id();

        for (String ifMatch : List.of("1", "W/\"1\"", "\"one\"", "\"1\", \"2\"")) {
            Reply reply = client.patch("/v1/staff-members/" + id, "{\"name\":\"John\"}", ifMatch);

            assertThat(reply.status()).as(ifMatch).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("malformed_request");
        }
    }

    @Test
    void idsOfAnotherTypeOrOrganizationAre404() {
        String theirs = API.newOrganization().post("/v1/staff-members",
                "{\"email\":\"x@example.com\",\"name\":\"X\"}").id();

        assertThat(client.get("/v1/staff-members/" + theirs).status()).isEqualTo(404);
        assertThat(client.patch("/v1/staff-members/" + theirs, "{\"name\":\"Y\"}").status()).isEqualTo(404);
        assertThat(client.get("/v1/staff-members/team_abc").status()).isEqualTo(404);
        assertThat(client.get("/v1/staff-members/stf_unknown").code()).isEqualTo("not_found");
    }

    @Test
    void listIsNewestFirstInPagesFollowedByCursor() {
        List<String> hired = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            hired.add(0, hire("member" + i + "@example.com").id());
        }

        Reply first = client.get("/v1/staff-members?limit=2");
        Reply second = client.get("/v1/staff-members?limit=2&cursor=" + first.json().get("next_cursor").asText());

        assertThat(ids(first)).containsExactly(hired.get(0), hired.get(1));
        assertThat(ids(second)).containsExactly(hired.get(2));
        assertThat(second.json().get("next_cursor").isNull()).isTrue();
        assertThat(fieldNames(first.json())).containsExactly("data", "next_cursor");
    }

    @Test
    void listSeesOnlyTheCallersOrganization() {
        hire("mine@example.com");
        API.newOrganization().post("/v1/staff-members", "{\"email\":\"theirs@example.com\",\"name\":\"T\"}");

        Reply reply = client.get("/v1/staff-members");

        assertThat(reply.json().get("data")).hasSize(1);
        assertThat(reply.json().at("/data/0/email").asText()).isEqualTo("mine@example.com");
    }

    @Test
    void aBadLimitOrCursorIs422NamingIt() {
        for (String query : List.of("limit=0", "limit=101", "limit=ten", "limit=-1", "cursor=%21%21")) {
            Reply reply = client.get("/v1/staff-members?" + query);

            assertThat(reply.status()).as(query).isEqualTo(422);
            assertThat(reply.errorFields()).containsExactly(query.substring(0, query.indexOf('=')));
        }
        assertThat(client.get("/v1/staff-members?limit=100").status()).isEqualTo(200);
    }

    static List<String> ids(Reply list) {
        List<String> ids = new ArrayList<>();
        list.json().get("data").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
