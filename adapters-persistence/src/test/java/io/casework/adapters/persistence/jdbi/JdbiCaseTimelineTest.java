package io.casework.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.CaseTimelineContract;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class JdbiCaseTimelineTest extends CaseTimelineContract {
    private static final TestDatabase.Fresh DATABASE = TestDatabase.fresh();
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(DATABASE.dataSource());
    private static final Jdbi JDBI = Jdbi.create(DATABASE.dataSource());

    /**
     * Each kind of event as the versions before typed events stored it (resolutions and reopenings as changeset 011
     * retyped them): type, then data.
     */
    private static final List<List<String>> EARLIER_ROWS = List.of(
            List.of("case.created", """
                    {"case_type": "fraud", "priority": "low"}"""),
            List.of("case.assigned", """
                    {"previous_assignee": null, "assignee": {"type": "staff_member", "id": "stf_3"},
                     "strategy": "round_robin", "team_id": "team_1",
                     "candidates": [{"staff_member_id": "stf_1", "active_cases": 0, "reason": "away"},
                                    {"staff_member_id": "stf_2", "active_cases": 1, "reason": "at_capacity"},
                                    {"staff_member_id": "stf_4", "active_cases": 0, "reason": "deactivated"},
                                    {"staff_member_id": "stf_3", "active_cases": 1, "reason": null}]}"""),
            List.of("case.assigned", """
                    {"previous_assignee": {"type": "staff_member", "id": "stf_3"},
                     "assignee": {"type": "staff_member", "id": "stf_5"}, "strategy": "least_loaded", "team_id": "team_1",
                     "candidates": [{"staff_member_id": "stf_3", "active_cases": 2, "reason": "more_loaded"},
                                    {"staff_member_id": "stf_5", "active_cases": 0, "reason": null}]}"""),
            List.of("case.assigned", """
                    {"previous_assignee": {"type": "staff_member", "id": "stf_5"},
                     "assignee": {"type": "team", "id": "team_1"}, "strategy": "team_queue",
                     "notified": ["stf_2", "stf_3"]}"""),
            List.of("case.assigned", """
                    {"previous_assignee": {"type": "team", "id": "team_1"},
                     "assignee": {"type": "staff_member", "id": "stf_5"}}"""),
            List.of("case.unassigned", """
                    {"previous_assignee": {"type": "staff_member", "id": "stf_5"}}"""),
            List.of("case.updated", """
                    {"changes": {"status": {"from": "open", "to": "pending"}, "priority": {"from": "low", "to": "high"}}}"""),
            List.of("case.resolved", """
                    {"changes": {"status": {"from": "pending", "to": "resolved"}, "resolution": {"from": null, "to": "fraud"},
                                 "priority": {"from": "low", "to": "high"}, "tags": {"from": [], "to": ["a"]},
                                 "attributes": {"from": {}, "to": {"n": 1.5, "x": [true, null], "big": 7000000000}}}}"""),
            List.of("case.reopened", """
                    {"changes": {"status": {"from": "resolved", "to": "open"},
                                 "resolution": {"from": "fraud", "to": null}}}"""));

    @Override
    protected OrganizationRepository organizations() {
        return PERSISTENCE.organizations();
    }

    @Override
    protected CaseRepository cases() {
        return PERSISTENCE.cases();
    }

    @Override
    protected CaseTimeline timeline() {
        return PERSISTENCE.caseTimeline();
    }

    @Test
    void readsEventsStoredByEarlierVersionsAndStoresThemAsTheyWere() {
        OrganizationId org = storedOrganization();
        CaseId earlier = newCase(org);
        CaseId copy = newCase(org);
        JDBI.useHandle(h -> {
            for (List<String> row : EARLIER_ROWS) {
                h.createUpdate("""
                        INSERT INTO case_events (id, organization_id, case_id, type, actor_type, actor_id, data,
                                                 created_at)
                        VALUES (:id, :org, :caseId, :type, 'api_key', 'key_1', CAST(:data AS jsonb), now())""")
                        .bind("id", ids.next("evt_")).bind("org", org.value()).bind("caseId", earlier.value())
                        .bind("type", row.get(0)).bind("data", row.get(1))
                        .execute();
            }
        });

        List<CaseEventView> read = timeline().list(org, earlier, 100, Optional.empty());
        timeline().append(org, read.stream().map(e -> new CaseEventView(ids.next("evt_"), copy, e.event())).toList());

        assertThat(read).hasSize(EARLIER_ROWS.size());
        assertThat(rows(copy)).containsExactlyElementsOf(rows(earlier));
    }

    private CaseId newCase(OrganizationId org) {
        Case aCase = aCase(org).build();
        cases().add(aCase);
        return aCase.id();
    }

    /** Type and data as jsonb has them, which compares objects whatever the order of their keys. */
    private static List<String> rows(CaseId caseId) {
        return JDBI.withHandle(h -> h.createQuery(
                        "SELECT type || ' ' || data::text FROM case_events WHERE case_id = :caseId ORDER BY seq")
                .bind("caseId", caseId.value())
                .mapTo(String.class)
                .list());
    }
}
