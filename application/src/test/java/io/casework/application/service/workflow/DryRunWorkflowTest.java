package io.casework.application.service.workflow;

import static io.casework.application.port.in.AssignmentTarget.AssigneeType.INDIVIDUAL;
import static io.casework.application.port.in.AssignmentTarget.AssigneeType.TEAM;
import static io.casework.application.testing.InMemoryCasework.assignStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.DryRun;
import io.casework.application.port.in.DryRunCommand;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.testing.InMemoryCasework;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.AssignmentExplanation.Considered;
import io.casework.domain.cases.AssignmentExplanation.PassedOver;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.workflow.Condition;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DryRunWorkflowTest {
    private static final Trigger ATO = new Trigger(Trigger.Event.CASE_CREATED, List.of(new CaseType("ato")));

    private final InMemoryCasework casework = new InMemoryCasework(3);
    private final OrganizationId org = casework.organization(Plan.GROWTH);

    @Test
    void aDryRunNamesWhoTheNextRunPicksAndMovesNothing() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember bob = casework.staffMember(org, "Bob");
        Team team = casework.team(org, ada, bob);
        Workflow workflow = casework.publishedWorkflow(org, ATO,
                assignStep("assign", TEAM, team.id().value(), "round_robin", false));
        Case stored = casework.newCase(org, "other");

        DryRun first = dryRun(workflow, Optional.of(stored.id().value()), Optional.empty(), Optional.of(1));
        DryRun second = dryRun(workflow, Optional.of(stored.id().value()), Optional.empty(), Optional.of(1));

        assertThat(second).isEqualTo(first);
        assertThat(first.triggerMatches()).as("an 'other' case does not start it").isFalse();
        assertThat(first.validationErrors()).isEmpty();
        DryRun.Step step = first.steps().get(0);
        assertThat(step.wouldRun()).isTrue();
        assertThat(step.succeeded()).contains(true);
        assertThat(step.assignee().orElseThrow().id()).isEqualTo(ada.id().value());
        assertThat(((AssignmentExplanation.RoundRobin) step.explanation().orElseThrow()).candidates())
                .extracting(Considered::staffMemberId, Considered::passedOver)
                .containsExactly(tuple(ada.id(), Optional.empty()),
                        tuple(bob.id(), Optional.of(PassedOver.NOT_NEXT_IN_ROTATION)));
        assertThat(casework.cases.find(org, stored.id()).orElseThrow().assignee()).isEmpty();
        assertThat(casework.outbox.list(org, Optional.empty(), Optional.empty(), 10, Optional.empty())).isEmpty();

        Case real = casework.newCase(org, "ato");
        casework.drainRuns();
        assertThat(casework.cases.find(org, real.id()).orElseThrow().assignee().orElseThrow().id())
                .isEqualTo(ada.id().value());
    }

    @Test
    void aLaterStepSeesTheLoadAnEarlierAssignmentAddedAsTheEngineDoes() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember bob = casework.staffMember(org, "Bob");
        Team team = casework.team(org, ada, bob);
        Case bobs = casework.newCase(org, "other");
        casework.useCases.assignCase().assign(new AssignCaseCommand(org, Actor.apiKey("key_test"), bobs.id(),
                new AssignmentTarget(INDIVIDUAL, bob.id().value(), null)));
        casework.clock.advance(java.time.Duration.ofMinutes(1));
        Workflow workflow = casework.publishedWorkflow(org, ATO,
                assignStep("to_ada", INDIVIDUAL, ada.id().value(), null, false),
                assignStep("rebalance", TEAM, team.id().value(), "least_loaded", false));

        DryRun result = dryRun(workflow, Optional.empty(), Optional.of(newCase()), Optional.of(1));

        // after the first step Ada holds this case and Bob his: a tie, to the one assigned longest ago
        assertThat(result.steps().get(1).assignee().orElseThrow().id()).isEqualTo(bob.id().value());
        Case real = casework.newCase(org, "ato");
        casework.drainRuns();
        assertThat(casework.cases.find(org, real.id()).orElseThrow().assignee().orElseThrow().id())
                .isEqualTo(bob.id().value());
    }

    @Test
    void aDraftIsTriedAsItIsWithItsProblemsReported() {
        StaffMember ada = casework.staffMember(org, "Ada");
        Workflow draft = casework.useCases.createWorkflow().create(org, new WorkflowDraft("Draft", ATO, List.of(
                new StepDefinition("raise", "set_case_priority", Map.of("case", "trigger.case", "priority", "urgent"),
                        false, new Condition("case.priority", Condition.Op.EQ, "normal")),
                new StepDefinition("broken", "assign_case", Map.of("case", "trigger.case"), false, null),
                assignStep("assign", INDIVIDUAL, ada.id().value(), null, false))));

        DryRun result = dryRun(draft, Optional.empty(), Optional.of(newCase()), Optional.empty());

        assertThat(result.version()).isEmpty();
        assertThat(result.triggerMatches()).isTrue();
        assertThat(result.validationErrors()).extracting(FieldError::field)
                .containsExactly("steps[1].config.assignee_type", "steps[1].config.assignee_id");
        assertThat(result.steps()).extracting(DryRun.Step::stepId, DryRun.Step::wouldRun, DryRun.Step::succeeded,
                DryRun.Step::errorCode).containsExactly(
                tuple("raise", true, Optional.of(true), Optional.empty()),
                tuple("broken", true, Optional.of(false), Optional.of("validation_failed")),
                tuple("assign", false, Optional.empty(), Optional.empty()));
        assertThat(result.steps().get(0).when().orElseThrow().result()).isTrue();
        assertThat(result.steps().get(0).output()).isEqualTo(Map.of("priority", "urgent"));
    }

    @Test
    void theStartupProgramQuotaRefusesAsARunWouldWithoutCounting() {
        OrganizationId startup = casework.organization(Plan.STARTUP_PROGRAM);
        StaffMember ada = casework.staffMember(startup, "Ada");
        Workflow workflow = casework.publishedWorkflow(startup, ATO,
                assignStep("first", INDIVIDUAL, ada.id().value(), null, true),
                assignStep("second", INDIVIDUAL, ada.id().value(), null, true));
        YearMonth month = YearMonth.of(2026, 11);
        casework.usage.tryIncrement(startup, month, null);
        casework.usage.tryIncrement(startup, month, null);

        DryRun result = casework.useCases.dryRunWorkflow().dryRun(new DryRunCommand(startup, workflow.id(),
                Optional.empty(), Optional.of(new CreateCaseCommand(startup, Actor.apiKey("key_test"),
                new CaseType("ato"), null, null, Map.of(), List.of())), Optional.empty()));

        assertThat(result.steps()).extracting(DryRun.Step::succeeded, DryRun.Step::errorCode).containsExactly(
                tuple(Optional.of(true), Optional.empty()),
                tuple(Optional.of(false), Optional.of("plan_limit_exceeded")));
        assertThat(casework.usage.count(startup, month)).isEqualTo(2);
    }

    @Test
    void aDryRunNeedsExactlyOneCaseAndAKnownVersion() {
        Workflow workflow = casework.publishedWorkflow(org, ATO, new StepDefinition("raise", "set_case_priority",
                Map.of("case", "trigger.case", "priority", "high"), false, null));

        assertThatThrownBy(() -> dryRun(workflow, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(FieldErrorsException.class);
        assertThatThrownBy(() -> dryRun(workflow, Optional.of("case_nope"), Optional.of(newCase()), Optional.empty()))
                .isInstanceOf(FieldErrorsException.class);
        assertThatThrownBy(() -> dryRun(workflow, Optional.of("case_nope"), Optional.empty(), Optional.empty()))
                .extracting(e -> ((FieldErrorsException) e).errors().get(0).field()).isEqualTo("case_id");
        assertThatThrownBy(() -> dryRun(workflow, Optional.empty(), Optional.of(newCase()), Optional.of(2)))
                .extracting(e -> ((FieldErrorsException) e).errors().get(0).field()).isEqualTo("version");
    }

    private CreateCaseCommand newCase() {
        return new CreateCaseCommand(org, Actor.apiKey("key_test"), new CaseType("ato"), null, null, Map.of(),
                List.of());
    }

    private DryRun dryRun(Workflow workflow, Optional<String> caseId, Optional<CreateCaseCommand> newCase,
                          Optional<Integer> version) {
        return casework.useCases.dryRunWorkflow().dryRun(new DryRunCommand(org, workflow.id(), caseId, newCase,
                version));
    }
}
