package io.casework.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.workflow.StepAction.AssignCase;
import io.casework.domain.workflow.StepAction.SetCasePriority;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final StepDefinition ASSIGN = new StepDefinition("assign", "assign_case",
            Map.of("case", "trigger.case", "assignee_type", "team", "assignee_id", "team_1"), false, null);
    private static final StepDefinition RAISE = new StepDefinition("raise", "set_case_priority",
            Map.of("case", "trigger.case", "priority", "high"), true, null);

    private final Workflow workflow = Workflow.draft(new WorkflowId("wfl_1"), new OrganizationId("org_1"), "Route",
            new Trigger(Trigger.Event.MANUAL, List.of()), List.of(ASSIGN, RAISE), NOW);

    @Test
    void publishingPairsEachStepAsWrittenWithTheActionParsedFromIt() {
        AssignCase toTeam = new AssignCase(new Assignee(Assignee.Kind.TEAM, "team_1"), null);

        WorkflowVersion version = workflow.publish(List.of(toTeam, new SetCasePriority(Priority.HIGH)), NOW);

        assertThat(version.steps()).containsExactly(new PublishedStep(ASSIGN, toTeam),
                new PublishedStep(RAISE, new SetCasePriority(Priority.HIGH)));
        assertThat(version.definitions()).containsExactly(ASSIGN, RAISE);
        assertThat(workflow.publishedVersion()).isEqualTo(1);
    }

    @Test
    void publishingWithoutOneActionPerStepIsRefusedAndPublishesNothing() {
        assertThatThrownBy(() -> workflow.publish(List.of(new SetCasePriority(Priority.HIGH)), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(workflow.isPublished()).isFalse();
    }

    @Test
    void aTeamWithoutAStrategyIsATeamQueueAndAStaffMemberTakesNone() {
        assertThat(new AssignCase(new Assignee(Assignee.Kind.TEAM, "team_1"), null).teamStrategy())
                .isEqualTo(AssignCase.TeamStrategy.TEAM_QUEUE);
        assertThatThrownBy(() -> new AssignCase(new Assignee(Assignee.Kind.STAFF_MEMBER, "stf_1"),
                AssignCase.TeamStrategy.ROUND_ROBIN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDraftHoldsAtMostFiftySteps() {
        List<StepDefinition> fifty = Collections.nCopies(Workflow.MAX_STEPS, RAISE);
        List<StepDefinition> fiftyOne = Collections.nCopies(Workflow.MAX_STEPS + 1, RAISE);

        workflow.saveDraft(null, workflow.trigger(), fifty, NOW);

        assertThat(workflow.steps()).hasSize(50);
        assertThatThrownBy(() -> workflow.saveDraft(null, workflow.trigger(), fiftyOne, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("steps");
                    assertThat(e.getMessage()).contains("at most 50 in a workflow");
                });
        assertThatThrownBy(() -> Workflow.draft(new WorkflowId("wfl_2"), new OrganizationId("org_1"), "Route",
                workflow.trigger(), fiftyOne, NOW)).isInstanceOf(InvalidValueException.class);
        assertThat(workflow.steps()).hasSize(50);
    }

    @Test
    void anArchivedWorkflowStopsRunningForGoodAndItsDraftNoLongerChanges() {
        workflow.publish(List.of(new AssignCase(new Assignee(Assignee.Kind.TEAM, "team_1"), null),
                new SetCasePriority(Priority.HIGH)), NOW);

        workflow.archive(NOW);
        workflow.archive(NOW);
        workflow.unpublish(NOW);

        assertThat(workflow.status()).isEqualTo(Workflow.Status.ARCHIVED);
        assertThat(workflow.isPublished()).isFalse();
        assertThat(workflow.publishedVersion()).isEqualTo(1);
        assertThatThrownBy(() -> workflow.saveDraft(null, workflow.trigger(), List.of(RAISE), NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("workflow_archived");
        assertThatThrownBy(() -> workflow.publish(List.of(new SetCasePriority(Priority.HIGH),
                new SetCasePriority(Priority.HIGH)), NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("workflow_archived");
    }

    @Test
    void onlyAWorkflowNeverPublishedMayBeDeleted() {
        workflow.requireDeletable();
        workflow.publish(List.of(new AssignCase(new Assignee(Assignee.Kind.TEAM, "team_1"), null),
                new SetCasePriority(Priority.HIGH)), NOW);
        workflow.unpublish(NOW);

        assertThatThrownBy(workflow::requireDeletable)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("workflow_was_published");
    }
}
