package io.casework.application.service;

import io.casework.application.port.in.ConflictException;
import io.casework.application.port.in.CreateWorkflowUseCase;
import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.PublishWorkflowUseCase;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.in.SaveWorkflowDraftUseCase;
import io.casework.application.port.in.StartWorkflowRunUseCase;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.port.in.WorkflowQueries;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.PrefixedId;
import io.casework.domain.workflow.StepAction;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.workflow.WorkflowVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** Editing, publishing, starting and reading workflows. */
public final class WorkflowServices {
    private WorkflowServices() {
    }

    public static final class CreateWorkflowService implements CreateWorkflowUseCase {
        private final WorkflowRepository workflows;
        private final DraftChecks checks;
        private final IdGenerator ids;
        private final Transactions transactions;
        private final Clock clock;

        public CreateWorkflowService(WorkflowRepository workflows, StepTypes stepTypes, IdGenerator ids,
                                     Transactions transactions, Clock clock) {
            this.workflows = workflows;
            this.checks = new DraftChecks(stepTypes);
            this.ids = ids;
            this.transactions = transactions;
            this.clock = clock;
        }

        @Override
        public Workflow create(OrganizationId organizationId, WorkflowDraft draft) {
            checks.checkShape(draft.steps());
            return transactions.inTransaction(() -> {
                Workflow workflow = Workflow.draft(new WorkflowId(ids.next(WorkflowId.PREFIX)), organizationId,
                        draft.name(), draft.trigger(), draft.steps(), clock.instant());
                workflows.add(workflow);
                return workflow;
            });
        }
    }

    public static final class SaveWorkflowDraftService implements SaveWorkflowDraftUseCase {
        private final WorkflowRepository workflows;
        private final DraftChecks checks;
        private final Transactions transactions;
        private final Clock clock;

        public SaveWorkflowDraftService(WorkflowRepository workflows, StepTypes stepTypes, Transactions transactions,
                                        Clock clock) {
            this.workflows = workflows;
            this.checks = new DraftChecks(stepTypes);
            this.transactions = transactions;
            this.clock = clock;
        }

        @Override
        public Workflow save(OrganizationId organizationId, WorkflowId id, WorkflowDraft draft,
                             OptionalLong expectedVersion) {
            checks.checkShape(draft.steps());
            return transactions.inTransaction(() -> {
                Workflow workflow = find(workflows, organizationId, id);
                Versions.require(expectedVersion, workflow.version(), "workflow", id.value());
                workflow.saveDraft(draft.name(), draft.trigger(), draft.steps(), clock.instant());
                workflows.update(workflow);
                return find(workflows, organizationId, id);
            });
        }
    }

    public static final class PublishWorkflowService implements PublishWorkflowUseCase {
        private final WorkflowRepository workflows;
        private final DraftChecks checks;
        private final Transactions transactions;
        private final Clock clock;

        public PublishWorkflowService(WorkflowRepository workflows, StepTypes stepTypes, Transactions transactions,
                                      Clock clock) {
            this.workflows = workflows;
            this.checks = new DraftChecks(stepTypes);
            this.transactions = transactions;
            this.clock = clock;
        }

        @Override
        public Workflow publish(OrganizationId organizationId, WorkflowId id) {
            return transactions.inTransaction(() -> {
                Workflow workflow = find(workflows, organizationId, id);
                List<StepAction> actions = checks.parsePublishable(organizationId, workflow.steps());
                WorkflowVersion version = workflow.publish(actions, clock.instant());
                workflows.update(workflow);
                workflows.addVersion(version);
                return find(workflows, organizationId, id);
            });
        }

        @Override
        public Workflow unpublish(OrganizationId organizationId, WorkflowId id) {
            return transactions.inTransaction(() -> {
                Workflow workflow = find(workflows, organizationId, id);
                if (!workflow.isPublished()) {
                    return workflow;
                }
                workflow.unpublish(clock.instant());
                workflows.update(workflow);
                return find(workflows, organizationId, id);
            });
        }
    }

    public static final class StartWorkflowRunService implements StartWorkflowRunUseCase {
        private final WorkflowRepository workflows;
        private final WorkflowRunRepository runs;
        private final CaseRepository cases;
        private final IdGenerator ids;
        private final Transactions transactions;
        private final Clock clock;

        public StartWorkflowRunService(WorkflowRepository workflows, WorkflowRunRepository runs, CaseRepository cases,
                                       IdGenerator ids, Transactions transactions, Clock clock) {
            this.workflows = workflows;
            this.runs = runs;
            this.cases = cases;
            this.ids = ids;
            this.transactions = transactions;
            this.clock = clock;
        }

        @Override
        public WorkflowRun start(OrganizationId organizationId, WorkflowId id, String caseId) {
            return transactions.inTransaction(() -> {
                Workflow workflow = find(workflows, organizationId, id);
                if (!workflow.isPublished()) {
                    throw new ConflictException("workflow " + id + " is not published; publish it to run it");
                }
                if (!PrefixedId.matches(caseId, CaseId.PREFIX)
                        || cases.find(organizationId, new CaseId(caseId)).isEmpty()) {
                    throw FieldErrorsException.validation(
                            List.of(new FieldError("case_id", "no case " + caseId + " in this organization")));
                }
                WorkflowVersion version = workflows.findVersion(organizationId, id, workflow.publishedVersion())
                        .orElseThrow(() -> new IllegalStateException("published version missing for " + id));
                WorkflowRun run = WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), version,
                        Trigger.Event.MANUAL, new CaseId(caseId), clock.instant());
                runs.add(run);
                return run;
            });
        }
    }

    public static final class WorkflowQueryService implements WorkflowQueries {
        private final WorkflowRepository workflows;
        private final WorkflowRunRepository runs;

        public WorkflowQueryService(WorkflowRepository workflows, WorkflowRunRepository runs) {
            this.workflows = workflows;
            this.runs = runs;
        }

        @Override
        public Workflow get(OrganizationId organizationId, WorkflowId id) {
            return find(workflows, organizationId, id);
        }

        @Override
        public Page<Workflow> list(OrganizationId organizationId, PageRequest page) {
            return Page.fromOverfetch(workflows.list(organizationId, page.limit() + 1, page.after()), page.limit(),
                    w -> new PageRequest.Position(w.createdAt(), w.id().value()));
        }

        @Override
        public Page<WorkflowVersion> versions(OrganizationId organizationId, WorkflowId id, PageRequest page) {
            find(workflows, organizationId, id);
            return Page.fromOverfetch(workflows.listVersions(organizationId, id, page.limit() + 1, page.after()),
                    page.limit(), v -> new PageRequest.Position(v.publishedAt(), Integer.toString(v.number())));
        }

        @Override
        public WorkflowVersion version(OrganizationId organizationId, WorkflowId id, int number) {
            return workflows.findVersion(organizationId, id, number)
                    .orElseThrow(() -> new NotFoundException("version " + number + " of workflow", id.value()));
        }

        @Override
        public WorkflowRun run(OrganizationId organizationId, WorkflowRunId id) {
            return runs.find(organizationId, id).orElseThrow(() -> new NotFoundException("workflow run", id.value()));
        }

        @Override
        public Page<WorkflowRun> runs(OrganizationId organizationId, RunFilter filter,
                                      PageRequest page) {
            return Page.fromOverfetch(runs.list(organizationId, filter, page.limit() + 1, page.after()), page.limit(),
                    r -> new PageRequest.Position(r.createdAt(), r.id().value()));
        }
    }

    static Workflow find(WorkflowRepository workflows, OrganizationId organizationId, WorkflowId id) {
        return workflows.find(organizationId, id).orElseThrow(() -> new NotFoundException("workflow", id.value()));
    }

    /** Queues a run of every published workflow a new case starts, in the case's transaction. */
    public static final class WorkflowTriggers implements CaseCreatedTrigger {
        private final WorkflowRepository workflows;
        private final WorkflowRunRepository runs;
        private final IdGenerator ids;

        public WorkflowTriggers(WorkflowRepository workflows, WorkflowRunRepository runs, IdGenerator ids) {
            this.workflows = workflows;
            this.runs = runs;
            this.ids = ids;
        }

        @Override
        public void caseCreated(io.casework.domain.cases.Case aCase) {
            Instant now = aCase.createdAt();
            for (WorkflowVersion version : workflows.publishedStartingFor(aCase.organizationId(), aCase.type())) {
                runs.add(WorkflowRun.queue(new WorkflowRunId(ids.next(WorkflowRunId.PREFIX)), version,
                        Trigger.Event.CASE_CREATED, aCase.id(), now));
            }
        }
    }
}
