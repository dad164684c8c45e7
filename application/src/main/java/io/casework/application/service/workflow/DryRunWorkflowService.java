package io.casework.application.service.workflow;

import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.DryRun;
import io.casework.application.port.in.DryRunCommand;
import io.casework.application.port.in.DryRunWorkflowUseCase;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.out.AssignCaseUsage;
import io.casework.application.port.out.AssigneeDirectory;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.service.assignment.TeamStrategies;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.Organization;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.PrefixedId;
import io.casework.domain.workflow.PublishedStep;
import io.casework.domain.workflow.StepAction;
import io.casework.domain.workflow.StepAction.AssignCase;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;

/**
 * Runs a workflow's steps on a copy of a case with the engine's own step types, over ports that write nothing (see
 * {@link DryRunEffects}). Everything is read in one transaction without a lock, so a dry run never waits for, nor
 * delays, a real assignment; a real run decided just after it may see other loads, if cases moved meanwhile. Like the
 * engine, a failed step's work is undone and the steps after it (unless it continues on error) are not run.
 */
public final class DryRunWorkflowService implements DryRunWorkflowUseCase {
    private final WorkflowRepository workflows;
    private final CaseRepository cases;
    private final OrganizationRepository organizations;
    private final AssigneeDirectory directory;
    private final AssignCaseUsage usage;
    private final StepTypes stepTypes;
    private final DraftChecks checks;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;

    public DryRunWorkflowService(WorkflowRepository workflows, CaseRepository cases,
                                 OrganizationRepository organizations, AssigneeDirectory directory,
                                 AssignCaseUsage usage, StepTypes stepTypes, IdGenerator ids,
                                 Transactions transactions, Clock clock) {
        this.workflows = workflows;
        this.cases = cases;
        this.organizations = organizations;
        this.directory = directory;
        this.usage = usage;
        this.stepTypes = stepTypes;
        this.checks = new DraftChecks(stepTypes);
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DryRun dryRun(DryRunCommand command) {
        return transactions.inTransaction(() -> {
            Workflow workflow = WorkflowQueryService.find(workflows, command.organizationId(), command.workflowId());
            Organization organization = organizations.find(command.organizationId())
                    .orElseThrow(() -> new NotFoundException("organization", command.organizationId().value()));
            Tried tried = command.version().map(number -> published(command, number))
                    .orElseGet(() -> draft(command, workflow));
            Case aCase = workingCase(command);
            Actor actor = Actor.workflowRun(ids.next(WorkflowRunId.PREFIX));
            DryRunEffects effects = new DryRunEffects(directory.readAll(command.organizationId(),
                    teamIds(tried.actions()), memberIds(tried.actions(), aCase)), usage);
            RunBatch.Effects ports = effects.ports();
            List<DryRun.Step> steps = new ArrayList<>();
            boolean failed = false;
            for (int i = 0; i < tried.definitions().size(); i++) {
                StepDefinition definition = tried.definitions().get(i);
                if (failed) {
                    steps.add(notRun(definition, Optional.empty()));
                    continue;
                }
                Case attempt = copy(aCase);
                DryRun.Step step = step(definition, tried.actions().get(i),
                        new StepContext(actor, tried.changedBy(), organization, attempt, ports), effects);
                steps.add(step);
                if (step.succeeded().equals(Optional.of(true))) {
                    effects.kept(aCase, attempt);
                    aCase = attempt;
                }
                failed = step.succeeded().equals(Optional.of(false)) && !definition.continueOnError();
            }
            return new DryRun(command.workflowId(), command.version(), tried.trigger().startsFor(aCase.type()), steps,
                    tried.errors());
        });
    }

    private DryRun.Step step(StepDefinition definition, StepAction action, StepContext context,
                             DryRunEffects effects) {
        Case aCase = context.aCase();
        if (action == null) {
            return new DryRun.Step(definition.id(), definition.type(), true, Optional.empty(), Optional.of(false),
                    Optional.of("validation_failed"), Optional.empty(), Optional.empty(), Map.of());
        }
        Optional<DryRun.When> when = Optional.ofNullable(definition.when())
                .map(condition -> new DryRun.When(condition, condition.holdsFor(aCase)));
        if (when.isPresent() && !when.get().result()) {
            return notRun(definition, when);
        }
        Optional<AssignmentExplanation> explanation = explain(action, aCase, context);
        DryRunEffects.Mark mark = effects.mark();
        try {
            Map<String, Object> output = stepTypes.execute(context, new PublishedStep(definition, action));
            Optional<Assignee> assignee = action instanceof AssignCase ? aCase.assignee() : Optional.empty();
            return new DryRun.Step(definition.id(), definition.type(), true, when, Optional.of(true),
                    Optional.empty(), assignee, explanation, output);
        } catch (DomainException refusal) {
            effects.restore(mark); // and the case's copy is dropped: the step leaves nothing behind
            return new DryRun.Step(definition.id(), definition.type(), true, when, Optional.of(false),
                    Optional.of(refusal.code()), Optional.empty(), explanation, Map.of());
        }
    }

    /** How a team strategy would choose, with the same code as the assignment, also when it finds no one. */
    private Optional<AssignmentExplanation> explain(StepAction action, Case aCase, StepContext context) {
        if (!(action instanceof AssignCase assign) || assign.assignee().kind() != Assignee.Kind.TEAM) {
            return Optional.empty();
        }
        AssignmentTarget target = AssignCaseStep.target(assign);
        return context.effects().directory().lockTeam(aCase.organizationId(), new TeamId(target.assigneeId()))
                .map(team -> TeamStrategies.choose(team, target.teamStrategy(), clock.instant()).why());
    }

    private static DryRun.Step notRun(StepDefinition definition, Optional<DryRun.When> when) {
        return new DryRun.Step(definition.id(), definition.type(), false, when, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    private Tried published(DryRunCommand command, int number) {
        WorkflowVersion version = workflows.findVersion(command.organizationId(), command.workflowId(), number)
                .orElseThrow(() -> FieldErrorsException.validation(List.of(new FieldError("version",
                        "workflow " + command.workflowId() + " has no published version " + number))));
        return new Tried(version.trigger(), version.definitions(),
                version.steps().stream().map(PublishedStep::action).toList(), List.of(),
                new Notifier.ChangedBy.Workflow(version.name(), version.number()));
    }

    private Tried draft(DryRunCommand command, Workflow workflow) {
        DraftChecks.Read read = checks.read(command.organizationId(), workflow.steps());
        int next = workflow.publishedVersion() == null ? 1 : workflow.publishedVersion() + 1;
        return new Tried(workflow.trigger(), workflow.steps(), read.actions(), read.errors(),
                new Notifier.ChangedBy.Workflow(workflow.name(), next));
    }

    /** The stored case, copied so that the steps change only the copy; or the case the command would open. */
    private Case workingCase(DryRunCommand command) {
        if (command.caseId().isPresent()) {
            String id = command.caseId().get();
            Case stored = (PrefixedId.matches(id, CaseId.PREFIX) ? cases.find(command.organizationId(), new CaseId(id))
                    : Optional.<Case>empty())
                    .orElseThrow(() -> FieldErrorsException.validation(List.of(new FieldError("case_id",
                            "no case " + id + " in this organization"))));
            return copy(stored);
        }
        CreateCaseCommand open = command.newCase().get();
        return Case.open(new CaseId(ids.next(CaseId.PREFIX)), open.organizationId(), open.caseType(), open.priority(),
                open.subject(), open.attributes(), open.tags(), open.actor(), clock.instant());
    }

    private static Set<TeamId> teamIds(List<StepAction> actions) {
        Set<TeamId> teams = new TreeSet<>(Comparator.comparing(TeamId::value));
        actions.stream().filter(a -> a instanceof AssignCase).map(a -> ((AssignCase) a).assignee())
                .filter(a -> a.kind() == Assignee.Kind.TEAM).forEach(a -> teams.add(new TeamId(a.id())));
        return teams;
    }

    /** The members the steps name, and the case's assignee, whom the assigner looks up to tell them. */
    private static Set<StaffMemberId> memberIds(List<StepAction> actions, Case aCase) {
        Set<StaffMemberId> members = new TreeSet<>(Comparator.comparing(StaffMemberId::value));
        actions.stream().filter(a -> a instanceof AssignCase).map(a -> ((AssignCase) a).assignee())
                .filter(a -> a.kind() == Assignee.Kind.STAFF_MEMBER)
                .forEach(a -> members.add(new StaffMemberId(a.id())));
        aCase.assignee().filter(a -> a.kind() == Assignee.Kind.STAFF_MEMBER)
                .ifPresent(a -> members.add(new StaffMemberId(a.id())));
        return members;
    }

    private static Case copy(Case c) {
        return Case.rehydrate(c.id(), c.organizationId(), c.type(), c.priority(), c.subject(), c.attributes(),
                c.tags(), c.status(), c.resolution(), c.resolvedAt().orElse(null), c.assignment().orElse(null),
                c.createdAt(), c.updatedAt(), c.sla().orElse(null), c.version());
    }

    /** What is tried: a published version's steps, or the draft's (an action is null where a step has errors). */
    private record Tried(Trigger trigger, List<StepDefinition> definitions, List<StepAction> actions,
                         List<FieldError> errors, Notifier.ChangedBy changedBy) {
    }
}
