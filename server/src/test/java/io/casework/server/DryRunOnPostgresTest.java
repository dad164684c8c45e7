package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /v1/workflows/{id}/dry-run} on the whole server: it foretells the real run and writes nothing. */
@ExtendWith(DropwizardExtensionsSupport.class)
class DryRunOnPostgresTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    @Test
    void aDryRunNamesTheAssigneeTheNextRealRunPicksAndWritesNothing() throws Exception {
        String key = SERVER.newOrganization("Acme", Plan.STARTUP_PROGRAM);
        String ada = staffMember(key, "ada");
        String bob = staffMember(key, "bob");
        String team = SERVER.post(key, "/v1/teams", "{\"name\":\"ATO\",\"member_ids\":[\"" + ada + "\",\"" + bob
                + "\"]}").body().get("id").asText();
        String workflow = SERVER.post(key, "/v1/workflows", """
                {"name": "Route", "trigger": {"event": "case.created", "case_types": ["ato"]},
                 "steps": [{"id": "raise", "type": "set_case_priority",
                            "config": {"case": "trigger.case", "priority": "urgent"},
                            "when": {"field": "case.priority", "op": "eq", "value": "high"}},
                           {"id": "assign", "type": "assign_case",
                            "config": {"case": "trigger.case", "assignee_type": "team", "assignee_id": "%s",
                                       "team_strategy": "round_robin"}}]}""".formatted(team))
                .body().get("id").asText();
        assertThat(SERVER.post(key, "/v1/workflows/" + workflow + "/publish", null).status()).isEqualTo(200);
        String first = SERVER.post(key, "/v1/cases", "{\"case_type\":\"ato\"}").body().get("id").asText();
        assertThat(eventuallyAssigned(key, first)).isEqualTo(ada);
        String stored = SERVER.post(key, "/v1/cases", "{\"case_type\":\"other\"}").body().get("id").asText();
        Map<String, Object> before = footprint(team);

        TestServer.Response onStored = SERVER.post(key, "/v1/workflows/" + workflow + "/dry-run",
                "{\"case_id\":\"" + stored + "\",\"version\":1}");
        TestServer.Response onNew = SERVER.post(key, "/v1/workflows/" + workflow + "/dry-run",
                "{\"case\":{\"case_type\":\"ato\",\"priority\":\"high\"}}");
        TestServer.Response draft = SERVER.post(key, "/v1/workflows/" + workflow + "/dry-run",
                "{\"case\":{\"case_type\":\"ato\"}}");

        assertThat(footprint(team)).isEqualTo(before);
        assertThat(onStored.status()).isEqualTo(200);
        JsonNode body = onStored.body();
        assertThat(body.get("workflow_id").asText()).isEqualTo(workflow);
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("trigger_matches").asBoolean()).isFalse();
        assertThat(body.get("validation_errors")).isEmpty();
        assertThat(body.at("/steps/0/would").asText()).isEqualTo("skip");
        assertThat(body.at("/steps/0/when/result").asBoolean()).isFalse();
        assertThat(body.at("/steps/0/when/expression/field").asText()).isEqualTo("case.priority");
        assertThat(body.at("/steps/1/would").asText()).isEqualTo("run");
        assertThat(body.at("/steps/1/outcome").asText()).isEqualTo("succeeded");
        assertThat(body.at("/steps/1/assignee/id").asText()).isEqualTo(bob);
        assertThat(body.at("/steps/1/candidates/0/staff_member_id").asText()).isEqualTo(bob);
        assertThat(body.at("/steps/1/candidates/0/reason").asText()).isEqualTo("chosen");
        assertThat(body.at("/steps/1/candidates/1/reason").asText()).isEqualTo("not_next_in_rotation");
        assertThat(onNew.body().get("trigger_matches").asBoolean()).isTrue();
        assertThat(onNew.body().at("/steps/0/output/priority").asText()).isEqualTo("urgent");
        assertThat(onNew.body().at("/steps/1/assignee/id").asText()).isEqualTo(bob);
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.body().get("version").isNull()).isTrue();

        String next = SERVER.post(key, "/v1/cases", "{\"case_type\":\"ato\"}").body().get("id").asText();
        assertThat(eventuallyAssigned(key, next)).as("the real run picks whom the dry runs named").isEqualTo(bob);
    }

    @Test
    void aDryRunNeedsExactlyOneCaseAndAPublishedVersion() {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        String workflow = SERVER.post(key, "/v1/workflows", """
                {"name": "Route", "trigger": {"event": "case.created", "case_types": ["ato"]}, "steps": []}""")
                .body().get("id").asText();
        String path = "/v1/workflows/" + workflow + "/dry-run";

        for (String body : new String[] {"{}", "{\"case_id\":\"case_x\",\"case\":{\"case_type\":\"ato\"}}",
                "{\"case_id\":\"case_x\"}", "{\"case\":{\"case_type\":\"ato\"},\"version\":1}",
                "{\"case\":{}}", "{\"case\":{\"case_type\":\"ato\"},\"extra\":1}"}) {
            TestServer.Response refused = SERVER.post(key, path, body);
            assertThat(refused.status()).as(body).isEqualTo(422);
            assertThat(refused.body().get("code").asText()).as(body).isEqualTo("validation_failed");
        }
        assertThat(SERVER.post(key, "/v1/workflows/wfl_nope/dry-run", "{\"case\":{\"case_type\":\"ato\"}}").status())
                .isEqualTo(404);
        assertThat(SERVER.post(null, path, "{\"case\":{\"case_type\":\"ato\"}}").status()).isEqualTo(401);
        TestServer.Response empty = SERVER.post(key, path, "{\"case\":{\"case_type\":\"ato\"}}");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body().at("/validation_errors/0/field").asText()).isEqualTo("steps");
    }

    private static String staffMember(String key, String name) {
        return SERVER.post(key, "/v1/staff-members", "{\"email\":\"" + name + "@acme.test\",\"name\":\"" + name
                + "\"}").body().get("id").asText();
    }

    private static String eventuallyAssigned(String key, String caseId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonNode assignee = SERVER.get(key, "/v1/cases/" + caseId).body().get("assignee");
            if (assignee != null && !assignee.isNull()) {
                return assignee.get("id").asText();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("case " + caseId + " was never assigned");
    }

    /** The rows a dry run must not add to or change: every table a run writes, and the team's rotation. */
    private static Map<String, Object> footprint(String team) throws SQLException {
        Map<String, Object> rows = new LinkedHashMap<>();
        try (Connection c = SERVER.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"cases", "workflow_runs", "workflow_run_steps", "case_events",
                    "notifications", "staff_members"}) {
                rows.put(table, single(s, "SELECT count(*) FROM " + table));
            }
            rows.put("assign_case_usage", single(s, "SELECT count(*) FROM assign_case_usage"));
            rows.put("executions", single(s, "SELECT coalesce(sum(executions), 0) FROM assign_case_usage"));
            rows.put("rotation", single(s, "SELECT rotation_last_member_id FROM teams WHERE id = '" + team + "'"));
            rows.put("last_assigned", single(s, "SELECT string_agg(id || coalesce(last_assigned_at::text, '-'), ',' "
                    + "ORDER BY id) FROM staff_members"));
        }
        return rows;
    }

    private static Object single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
