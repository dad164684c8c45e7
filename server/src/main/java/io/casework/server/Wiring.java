package io.casework.server;

import io.casework.adapters.notify.file.FileNotifier;
import io.casework.adapters.notify.smtp.SmtpNotifier;
import io.casework.adapters.notify.smtp.SmtpSettings;
import io.casework.adapters.notify.template.EmailRenderer;
import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.adapters.rest.RestApi;
import io.casework.application.port.in.ChangePlanUseCase;
import io.casework.application.port.in.CreateOrganizationUseCase;
import io.casework.application.port.in.IdempotentRequestUseCase;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.Transactions;
import io.casework.application.service.AssignCaseStep;
import io.casework.application.service.AssignmentNotices;
import io.casework.application.service.AuthenticateService;
import io.casework.application.service.CaseAssigner;
import io.casework.application.service.CaseServices;
import io.casework.application.service.ChangePlanService;
import io.casework.application.service.CreateOrganizationService;
import io.casework.application.service.IdempotentRequestService;
import io.casework.application.service.NotificationQueryService;
import io.casework.application.service.NotificationSender;
import io.casework.application.service.OrganizationQueryService;
import io.casework.application.service.PlanLimits;
import io.casework.application.service.RetryPolicy;
import io.casework.application.service.SetCasePriorityStep;
import io.casework.application.service.StaffMemberServices;
import io.casework.application.service.StepTypes;
import io.casework.application.service.TeamServices;
import io.casework.application.service.WorkflowEngine;
import io.casework.application.service.WorkflowServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Connects the use cases to their adapters, by hand, in one place. */
final class Wiring {
    static final Clock CLOCK = new MicrosecondClock();
    /** Emails one sender claims at a time. */
    static final int NOTIFICATION_BATCH = 20;

    private final PostgresPersistence db;
    private final CaseworkConfiguration config;
    private final RandomIdGenerator ids = new RandomIdGenerator(CLOCK);
    private final Transactions transactions;
    private final CaseAssigner assigner;
    private final StepTypes stepTypes;

    Wiring(PostgresPersistence db, CaseworkConfiguration config) {
        this.db = db;
        this.config = config;
        this.transactions = db.transactions();
        this.assigner = new CaseAssigner(db.assigneeDirectory(),
                new AssignmentNotices(db.notificationOutbox(), ids, CLOCK, config.caseUrlTemplate), CLOCK);
        this.stepTypes = new StepTypes(
                new AssignCaseStep(assigner, db.staffMembers(), db.teams(), db.assignCaseUsage(), planLimits(), CLOCK),
                new SetCasePriorityStep(CLOCK));
    }

    CreateOrganizationUseCase createOrganization() {
        return new CreateOrganizationService(db.organizations(), db.apiKeys(), ids, transactions, CLOCK);
    }

    ChangePlanUseCase changePlan() {
        return new ChangePlanService(db.organizations(), transactions);
    }

    IdempotentRequestUseCase idempotentRequests() {
        return new IdempotentRequestService(db.idempotencyStore(), transactions, CLOCK);
    }

    PlanLimits planLimits() {
        return new PlanLimits(config.plans.startupProgram.assignCaseMonthlyLimit);
    }

    WorkflowEngine workflowEngine() {
        return new WorkflowEngine(db.workflowRuns(), db.workflows(), db.organizations(), db.cases(), db.caseTimeline(),
                ids, stepTypes, transactions, CLOCK, Duration.ofSeconds(config.engine.runLeaseSeconds));
    }

    NotificationSender notificationSender(Notifier notifier) {
        RetryPolicy retries = new RetryPolicy(config.notify.maxAttempts, Duration.ofMillis(config.notify.backoffInitialMs),
                Duration.ofMillis(config.notify.backoffMaxMs), () -> ThreadLocalRandom.current().nextDouble());
        // one email: connecting, then writing and reading, each bounded by the SMTP timeout
        Duration longestSend = Duration.ofMillis((long) config.smtp.timeoutMs * 3);
        // room for several slow emails per batch; a dead sender's batch waits no longer than this
        Duration lease = longestSend.multipliedBy(4).plusSeconds(30);
        return new NotificationSender(db.notificationOutbox(), notifier, retries, transactions, CLOCK, lease,
                longestSend);
    }

    /** SMTP when a host is configured, else .eml files under the data directory's outbox. */
    Notifier notifier() {
        CaseworkConfiguration.SmtpSettings smtp = config.smtp;
        EmailRenderer renderer = new EmailRenderer(smtp.from,
                config.notify.templatesDir.isBlank() ? null : Path.of(config.notify.templatesDir));
        if (!smtp.isConfigured()) {
            return new FileNotifier(Path.of(config.dataDir).resolve("outbox"), renderer);
        }
        return new SmtpNotifier(new SmtpSettings(smtp.host, smtp.port, smtp.user, smtp.password, smtp.starttls,
                smtp.from, smtp.timeoutMs), renderer);
    }

    RestApi.UseCases restUseCases() {
        var cases = db.cases();
        var timeline = db.caseTimeline();
        var staff = db.staffMembers();
        var teams = db.teams();
        var workflows = db.workflows();
        var runs = db.workflowRuns();
        return new RestApi.UseCases(
                new AuthenticateService(db.apiKeys()),
                new OrganizationQueryService(db.organizations(), db.assignCaseUsage(), planLimits(), CLOCK),
                new StaffMemberServices.CreateStaffMemberService(staff, ids, transactions, CLOCK),
                new StaffMemberServices.UpdateStaffMemberService(staff, transactions),
                new StaffMemberServices.StaffMemberQueryService(staff),
                new TeamServices.CreateTeamService(teams, staff, ids, transactions, CLOCK),
                new TeamServices.UpdateTeamService(teams, staff, transactions),
                new TeamServices.ChangeTeamMembershipService(teams, staff, transactions),
                new TeamServices.TeamQueryService(teams),
                new CaseServices.CreateCaseService(cases, timeline,
                        new WorkflowServices.WorkflowTriggers(workflows, runs, ids), ids, transactions, CLOCK),
                new CaseServices.UpdateCaseService(cases, timeline, ids, transactions, CLOCK),
                new CaseServices.AssignCaseService(cases, timeline, ids, assigner, transactions),
                new CaseServices.UnassignCaseService(cases, timeline, ids, assigner, transactions),
                new CaseServices.CaseQueryService(cases, timeline),
                new WorkflowServices.CreateWorkflowService(workflows, stepTypes, ids, transactions, CLOCK),
                new WorkflowServices.SaveWorkflowDraftService(workflows, stepTypes, transactions, CLOCK),
                new WorkflowServices.PublishWorkflowService(workflows, stepTypes, transactions, CLOCK),
                new WorkflowServices.StartWorkflowRunService(workflows, runs, cases, ids, transactions, CLOCK),
                new WorkflowServices.WorkflowQueryService(workflows, runs),
                new NotificationQueryService(db.notificationOutbox()));
    }
}
