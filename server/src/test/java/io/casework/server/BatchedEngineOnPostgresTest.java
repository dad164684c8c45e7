package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.in.UpdateCaseCommand;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.port.in.WorkflowRunner;
import io.casework.application.testing.InMemoryCasework;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.WorkflowRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The batched engine on real PostgreSQL: what one batch decides together (a refusal in the middle, several teams,
 * a capacity reached part way), a rotation that stays exact across batches of two processes, and batches that are
 * fair across organizations. Runs are queued first and then run by explicit batches, so the batches are known.
 */
class BatchedEngineOnPostgresTest {
    private final PostgresCasework casework = new PostgresCasework(100, 30);
    private final Actor actor = Actor.apiKey("key_test");

    @AfterEach
    void close() throws Exception {
        casework.close();
    }

    @Test
    void aRunRefusedInTheMiddleOfABatchFailsAloneAndTheRotationGoesOnWithoutIt() {
        OrganizationId org = casework.organization(Plan.GROWTH);
        StaffMember ada = casework.staffMember(org, "Ada", null);
        StaffMember bob = casework.staffMember(org, "Bob", null);
        casework.publishedAssignToTeam(org, casework.team(org, ada, bob), "round_robin");
        List<Case> cases = newCases(org, "ato", 5);
        resolve(org, cases.get(2));

        assertThat(engine(64).runBatch("worker")).isEqualTo(5);

        assertThat(assignees(org, cases)).containsExactly(ada.id().value(), bob.id().value(), "none",
                ada.id().value(), bob.id().value());
        WorkflowRun refused = runOf(org, cases.get(2));
        assertThat(refused.status()).isEqualTo(WorkflowRun.Status.FAILED);
        assertThat(refused.steps()).extracting(StepResult::errorCode).containsExactly("case_closed");
        assertThat(casework.db.caseTimeline().list(org, cases.get(2).id(), 100, Optional.empty()))
                .noneMatch(e -> e.event() instanceof CaseAssigned);
        assertThat(emails(org)).hasSize(4);
        for (int i : new int[] {0, 1, 3, 4}) {
            assertThat(runOf(org, cases.get(i)).status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
            assertThat(casework.db.caseTimeline().list(org, cases.get(i).id(), 100, Optional.empty()))
                    .filteredOn(e -> e.event() instanceof CaseAssigned).hasSize(1);
        }
    }

    @Test
    void aBatchSpanningTwoTeamsThatShareAMemberKeepsEachRotationExact() {
        OrganizationId org = casework.organization(Plan.GROWTH);
        StaffMember ada = casework.staffMember(org, "Ada", null);
        StaffMember bob = casework.staffMember(org, "Bob", null);
        StaffMember cy = casework.staffMember(org, "Cy", null);
        publishRouting(org, "ato", casework.team(org, ada, bob), "round_robin");
        publishRouting(org, "kyc", casework.team(org, ada, cy), "round_robin");
        List<Case> ato = new ArrayList<>();
        List<Case> kyc = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ato.add(newCase(org, "ato"));
            kyc.add(newCase(org, "kyc"));
        }

        assertThat(engine(64).runBatch("worker")).isEqualTo(12);

        String a = ada.id().value();
        assertThat(assignees(org, ato)).containsExactly(a, bob.id().value(), a, bob.id().value(), a, bob.id().value());
        assertThat(assignees(org, kyc)).containsExactly(a, cy.id().value(), a, cy.id().value(), a, cy.id().value());
        assertThat(activeCases(org, ada)).isEqualTo(6);
        assertThat(activeCases(org, bob)).isEqualTo(3);
        assertThat(activeCases(org, cy)).isEqualTo(3);
    }

    @Test
    void aCapacityReachedInsideABatchRefusesTheRestOfTheBatch() {
        OrganizationId org = casework.organization(Plan.GROWTH);
        StaffMember ada = casework.staffMember(org, "Ada", 2);
        StaffMember bob = casework.staffMember(org, "Bob", 1);
        casework.publishedAssignToTeam(org, casework.team(org, ada, bob), "least_loaded");
        List<Case> cases = newCases(org, "ato", 5);

        assertThat(engine(64).runBatch("worker")).isEqualTo(5);

        // least loaded, ties to the one assigned longest ago: Ada, Bob, Ada, then both are full
        assertThat(assignees(org, cases)).containsExactly(ada.id().value(), bob.id().value(), ada.id().value(),
                "none", "none");
        assertThat(runOf(org, cases.get(3)).steps()).extracting(StepResult::errorCode)
                .containsExactly("no_eligible_assignee");
        assertThat(activeCases(org, ada)).isEqualTo(2);
        assertThat(activeCases(org, bob)).isEqualTo(1);
        assertThat(emails(org)).hasSize(3);
    }

    @Test
    void theRotationIsExactAcrossBatchesOfTwoProcessesTakingTurns() {
        OrganizationId org = casework.organization(Plan.GROWTH);
        List<StaffMember> members = List.of(casework.staffMember(org, "Ada", null),
                casework.staffMember(org, "Bob", null), casework.staffMember(org, "Cy", null));
        casework.publishedAssignToTeam(org, casework.team(org, members.toArray(StaffMember[]::new)), "round_robin");
        List<Case> cases = newCases(org, "ato", 20);
        WorkflowRunner first = engine(4);
        WorkflowRunner second = engine(4);

        int claimed = 0;
        for (int turn = 0; claimed < 20; turn++) {
            claimed += (turn % 2 == 0 ? first : second).runBatch("process-" + turn % 2);
        }

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add(members.get(i % 3).id().value());
        }
        assertThat(assignees(org, cases)).containsExactlyElementsOf(expected);
    }

    @Test
    void aBusyOrganizationsBacklogDoesNotKeepAQuietOnesRunOutOfTheNextBatch() {
        OrganizationId busy = casework.organization(Plan.GROWTH);
        casework.publishedAssignToTeam(busy, casework.team(busy, casework.staffMember(busy, "Ada", null)),
                "round_robin");
        OrganizationId quiet = casework.organization(Plan.GROWTH);
        casework.publishedAssignToTeam(quiet, casework.team(quiet, casework.staffMember(quiet, "Zoe", null)),
                "round_robin");
        newCases(busy, "ato", 40);
        Case quietCase = newCase(quiet, "ato");

        assertThat(engine(8).runBatch("worker")).isEqualTo(8);

        assertThat(runOf(quiet, quietCase).status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(finished(busy)).isEqualTo(7);

        casework.config.engine.batchPerOrganization = 3;
        assertThat(engine(8).runBatch("worker")).isEqualTo(3);
        assertThat(finished(busy)).isEqualTo(10);
    }

    /** An engine as another process with this batch size would have. */
    private WorkflowRunner engine(int batchSize) {
        casework.config.engine.batchSize = batchSize;
        return casework.engine();
    }

    private void publishRouting(OrganizationId org, String caseType, Team team, String strategy) {
        var assign = InMemoryCasework.assignStep("assign", AssignmentTarget.AssigneeType.TEAM, team.id().value(),
                strategy, false);
        var draft = casework.api.createWorkflow().create(org, new WorkflowDraft("Route " + caseType,
                new Trigger(Trigger.Event.CASE_CREATED, List.of(new CaseType(caseType))), List.of(assign)));
        casework.api.publishWorkflow().publish(org, draft.id());
    }

    private Case newCase(OrganizationId org, String caseType) {
        return casework.api.createCase().create(new CreateCaseCommand(org, actor, new CaseType(caseType), null, null,
                Map.of(), List.of()));
    }

    private List<Case> newCases(OrganizationId org, String caseType, int count) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(newCase(org, caseType));
        }
        return cases;
    }

    private void resolve(OrganizationId org, Case aCase) {
        casework.api.updateCase().update(new UpdateCaseCommand(org, actor, aCase.id(), OptionalLong.empty(),
                new CaseChange(Optional.of(CaseStatus.RESOLVED), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty())));
    }

    private List<String> assignees(OrganizationId org, List<Case> cases) {
        return cases.stream().map(c -> casework.db.cases().find(org, c.id()).orElseThrow().assignee()
                .map(Assignee::id).orElse("none")).toList();
    }

    private long activeCases(OrganizationId org, StaffMember member) {
        return casework.db.transactions().inTransaction(() -> casework.db.assigneeDirectory()
                .lockStaffMembers(org, List.of(member.id())).get(0).activeCases());
    }

    private WorkflowRun runOf(OrganizationId org, Case aCase) {
        return casework.db.workflowRuns().list(org, RunFilter.none(), 1000, Optional.empty()).stream()
                .filter(r -> r.caseId().equals(aCase.id())).findFirst().orElseThrow();
    }

    private long finished(OrganizationId org) {
        return casework.db.workflowRuns().list(org, RunFilter.none(), 1000, Optional.empty()).stream()
                .filter(r -> r.status() == WorkflowRun.Status.SUCCEEDED).count();
    }

    private List<?> emails(OrganizationId org) {
        return casework.db.notificationOutbox().list(org, Optional.empty(), Optional.empty(), 100, Optional.empty());
    }
}
