package io.casework.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseSla;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaPoliciesTest {
    private static final CaseType ATO = new CaseType("ato");
    private static final CaseType KYC = new CaseType("kyc");
    private static final Instant CREATED = Instant.parse("2026-12-01T09:00:00Z");

    private final SlaPolicy byDefault = policy("slap_default", null, null);
    private final SlaPolicy urgent = policy("slap_urgent", null, Priority.URGENT);
    private final SlaPolicy ato = policy("slap_ato", List.of(ATO), null);
    private final SlaPolicy urgentAto = policy("slap_urgentato", List.of(ATO, KYC), Priority.URGENT);
    private final List<SlaPolicy> all = List.of(byDefault, urgent, ato, urgentAto);

    @Test
    void theMostSpecificMatchingPolicyApplies() {
        assertThat(SlaPolicies.choose(all, ATO, Priority.URGENT)).contains(urgentAto);
        assertThat(SlaPolicies.choose(all, ATO, Priority.LOW)).contains(ato);
        assertThat(SlaPolicies.choose(all, new CaseType("other"), Priority.URGENT)).contains(urgent);
        assertThat(SlaPolicies.choose(all, new CaseType("other"), Priority.HIGH)).contains(byDefault);
        assertThat(SlaPolicies.choose(List.of(urgent, ato), new CaseType("other"), Priority.HIGH)).isEmpty();
        assertThat(SlaPolicies.choose(List.of(ato, urgent), ATO, Priority.URGENT)).as("type beats priority")
                .contains(ato);
    }

    @Test
    void minutesAreBoundedAndNamed() {
        assertThatThrownBy(() -> new SlaPolicy(new SlaPolicyId("slap_1"), null, null, 0, 60))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("first_response_minutes"));
        assertThatThrownBy(() -> new SlaPolicy(new SlaPolicyId("slap_1"), null, null, null, SlaPolicy.MAX_MINUTES + 1))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("resolution_minutes"));
    }

    @Test
    void deadlinesCountFromCreationAndBreachOnceUntilMet() {
        Case aCase = Case.open(new CaseId("case_1"), new OrganizationId("org_1"), ATO, Priority.NORMAL, null, Map.of(),
                List.of(), Actor.apiKey("key_1"), CREATED);
        aCase.applySla(ato.deadlinesFrom(aCase.createdAt()));
        assertThat(aCase.slaDueAt()).contains(CREATED.plus(Duration.ofMinutes(30)));
        assertThat(aCase.missedSlaDeadlines(CREATED.plus(Duration.ofMinutes(29)))).isEmpty();

        Instant late = CREATED.plus(Duration.ofMinutes(31));
        assertThat(aCase.missedSlaDeadlines(late)).containsExactly(SlaDeadline.ASSIGN_BY);
        aCase.breachSla(SlaDeadline.ASSIGN_BY, Actor.apiKey("key_1"), late);
        assertThat(aCase.missedSlaDeadlines(late)).isEmpty();
        assertThat(aCase.slaDueAt()).contains(CREATED.plus(Duration.ofMinutes(240)));

        aCase.applySla(urgentAto.deadlinesFrom(aCase.createdAt()));
        assertThat(aCase.sla().map(CaseSla::breached).orElseThrow()).as("a breach stays when the policy changes")
                .containsExactly(SlaDeadline.ASSIGN_BY);
    }

    @Test
    void aTeamQueueIsNotAFirstResponseButAPersonIs() {
        Case aCase = Case.open(new CaseId("case_1"), new OrganizationId("org_1"), ATO, Priority.NORMAL, null, Map.of(),
                List.of(), Actor.apiKey("key_1"), CREATED);
        aCase.applySla(ato.deadlinesFrom(aCase.createdAt()));
        aCase.assignTo(new Assignee(Assignee.Kind.TEAM, new TeamId("team_1").value()), Actor.apiKey("key_1"), CREATED,
                new AssignmentExplanation.TeamQueue(List.of()));
        assertThat(aCase.slaDueAt()).contains(CREATED.plus(Duration.ofMinutes(30)));

        aCase.assignTo(new Assignee(Assignee.Kind.STAFF_MEMBER, new StaffMemberId("stf_1").value()),
                Actor.apiKey("key_1"), CREATED, new AssignmentExplanation.Direct());
        assertThat(aCase.slaDueAt()).contains(CREATED.plus(Duration.ofMinutes(240)));
    }

    private static SlaPolicy policy(String id, List<CaseType> types, Priority priority) {
        return new SlaPolicy(new SlaPolicyId(id), types, priority, 30, 240);
    }
}
