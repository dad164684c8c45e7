package io.casework.application;

import io.casework.application.port.in.AssignCaseUseCase;
import io.casework.application.port.in.ApiKeyQueries;
import io.casework.application.port.in.AuthenticateUseCase;
import io.casework.application.port.in.CreateApiKeyUseCase;
import io.casework.application.port.in.RevokeApiKeyUseCase;
import io.casework.application.port.in.CaseQueries;
import io.casework.application.port.in.ChangePlanUseCase;
import io.casework.application.port.in.ChangeTeamMembershipUseCase;
import io.casework.application.port.in.CreateCaseUseCase;
import io.casework.application.port.in.CreateOrganizationUseCase;
import io.casework.application.port.in.CreateStaffMemberUseCase;
import io.casework.application.port.in.CreateTeamUseCase;
import io.casework.application.port.in.CreateWorkflowUseCase;
import io.casework.application.port.in.EmailSender;
import io.casework.application.port.in.IdempotentRequestUseCase;
import io.casework.application.port.in.NotificationQueries;
import io.casework.application.port.in.OrganizationQueries;
import io.casework.application.port.in.PublishWorkflowUseCase;
import io.casework.application.port.in.RetireWorkflowUseCase;
import io.casework.application.port.in.SaveWorkflowDraftUseCase;
import io.casework.application.port.in.SessionUseCase;
import io.casework.application.port.in.SetOutOfOfficeUseCase;
import io.casework.application.port.in.SignInLinkUseCase;
import io.casework.application.port.in.StaffMemberQueries;
import io.casework.application.port.in.StartWorkflowRunUseCase;
import io.casework.application.port.in.DryRunWorkflowUseCase;
import io.casework.application.port.in.TeamQueries;
import io.casework.application.port.in.UnassignCaseUseCase;
import io.casework.application.port.in.UpdateCaseUseCase;
import io.casework.application.port.in.UpdateStaffMemberUseCase;
import io.casework.application.port.in.UpdateTeamUseCase;
import io.casework.application.port.in.UseCases;
import io.casework.application.port.in.WorkflowQueries;
import io.casework.application.port.in.WorkflowRunner;
import io.casework.application.port.in.WebhookEndpointUseCase;
import io.casework.application.port.in.WebhookQueries;
import io.casework.application.port.in.WebhookSender;
import io.casework.application.port.in.Reassigner;
import io.casework.application.port.in.ChangeOrganizationSettingsUseCase;
import io.casework.application.service.organization.ChangeOrganizationSettingsService;
import io.casework.application.port.out.Reassignments;
import io.casework.application.service.cases.CaseStore;
import io.casework.application.service.reassignment.CaseMoves;
import io.casework.application.service.reassignment.ReassignmentPlans;
import io.casework.application.service.reassignment.ReassignmentWorker;
import io.casework.application.port.in.SlaBreachRunner;
import io.casework.application.port.in.SlaPolicyUseCase;
import io.casework.application.port.out.SlaPolicyRepository;
import io.casework.application.port.out.SlaTimers;
import io.casework.application.service.cases.CaseSlas;
import io.casework.application.service.sla.SlaBreachService;
import io.casework.application.service.sla.SlaPolicyService;
import io.casework.application.port.out.WebhookBodies;
import io.casework.application.port.out.WebhookEndpoints;
import io.casework.application.port.out.WebhookOutbox;
import io.casework.application.port.out.WebhookPoster;
import io.casework.application.service.webhook.WebhookDeliverer;
import io.casework.application.service.webhook.WebhookEndpointService;
import io.casework.application.service.webhook.WebhookEvents;
import io.casework.application.service.webhook.WebhookQueryService;
import io.casework.application.service.webhook.WebhookTimeline;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.AssignCaseUsage;
import io.casework.application.port.out.AssigneeDirectory;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.IdempotencyStore;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Sessions;
import io.casework.application.port.out.SignInLinks;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.application.port.out.Telemetry;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.application.service.assignment.AssignCaseService;
import io.casework.application.service.assignment.AssignmentNotices;
import io.casework.application.service.notification.CaseEmails;
import io.casework.application.service.assignment.CaseAssigner;
import io.casework.application.service.assignment.UnassignCaseService;
import io.casework.application.service.cases.CaseQueryService;
import io.casework.application.service.cases.CreateCaseService;
import io.casework.application.service.cases.UpdateCaseService;
import io.casework.application.service.idempotency.IdempotentRequestService;
import io.casework.application.service.notification.NotificationQueryService;
import io.casework.application.service.notification.NotificationSender;
import io.casework.application.service.notification.RetryPolicy;
import io.casework.application.service.organization.ApiKeyQueryService;
import io.casework.application.service.organization.AuthenticateService;
import io.casework.application.service.organization.CreateApiKeyService;
import io.casework.application.service.organization.RevokeApiKeyService;
import io.casework.application.service.organization.ChangePlanService;
import io.casework.application.service.organization.CreateOrganizationService;
import io.casework.application.service.organization.OrganizationQueryService;
import io.casework.application.service.organization.PlanLimits;
import io.casework.application.service.staff.ChangeTeamMembershipService;
import io.casework.application.service.staff.CreateStaffMemberService;
import io.casework.application.service.staff.CreateTeamService;
import io.casework.application.service.staff.SetOutOfOfficeService;
import io.casework.application.service.staff.StaffMemberQueryService;
import io.casework.application.service.staff.TeamQueryService;
import io.casework.application.service.staff.UpdateStaffMemberService;
import io.casework.application.service.staff.UpdateTeamService;
import io.casework.application.service.workflow.AssignCaseStep;
import io.casework.application.service.workflow.CreateWorkflowService;
import io.casework.application.service.workflow.PublishWorkflowService;
import io.casework.application.service.workflow.RetireWorkflowService;
import io.casework.application.service.workflow.SaveWorkflowDraftService;
import io.casework.application.service.workflow.SetCasePriorityStep;
import io.casework.application.service.workflow.StartWorkflowRunService;
import io.casework.application.service.workflow.DryRunWorkflowService;
import io.casework.application.service.workflow.StepTypes;
import io.casework.application.service.workflow.WorkflowEngine;
import io.casework.application.service.workflow.WorkflowQueryService;
import io.casework.application.service.workflow.WorkflowTriggers;
import io.casework.application.service.signin.SessionService;
import io.casework.application.service.signin.SignInLinkService;
import java.time.Clock;
import java.time.Duration;

/**
 * The application wired: every use case, built from the outgoing ports and the settings by {@link #wire}. The
 * server, the command line and every test harness build it here, so they all run the same wiring.
 */
public record Casework(AuthenticateUseCase authenticate, CreateOrganizationUseCase createOrganization,
                       ChangePlanUseCase changePlan, OrganizationQueries organizations,
                       CreateStaffMemberUseCase createStaffMember, UpdateStaffMemberUseCase updateStaffMember,
                       StaffMemberQueries staffMembers, SetOutOfOfficeUseCase setOutOfOffice,
                       CreateTeamUseCase createTeam, UpdateTeamUseCase updateTeam,
                       ChangeTeamMembershipUseCase teamMembership, TeamQueries teams,
                       CreateCaseUseCase createCase, UpdateCaseUseCase updateCase, AssignCaseUseCase assignCase,
                       UnassignCaseUseCase unassignCase, CaseQueries cases,
                       CreateWorkflowUseCase createWorkflow, SaveWorkflowDraftUseCase saveWorkflowDraft,
                       PublishWorkflowUseCase publishWorkflow, RetireWorkflowUseCase retireWorkflow,
                       StartWorkflowRunUseCase startWorkflowRun, DryRunWorkflowUseCase dryRunWorkflow,
                       WorkflowQueries workflows, NotificationQueries notifications,
                       IdempotentRequestUseCase idempotentRequests,
                       WorkflowRunner workflowRunner, EmailSender emailSender,
                       SignInLinkUseCase signInLinks, SessionUseCase sessions,
                       CreateApiKeyUseCase createApiKey, RevokeApiKeyUseCase revokeApiKey,
                       ApiKeyQueries apiKeys, WebhookEndpointUseCase webhookEndpoints,
                       WebhookQueries webhooks, WebhookSender webhookSender, Reassigner reassigner,
                       ChangeOrganizationSettingsUseCase changeOrganizationSettings, SlaPolicyUseCase slaPolicies,
                       SlaBreachRunner slaBreaches) implements UseCases {

    /** Every outgoing port the use cases call. */
    public record Ports(OrganizationRepository organizations, ApiKeyRepository apiKeys, AssignCaseUsage assignCaseUsage,
                        StaffMemberRepository staffMembers, TeamRepository teams, AssigneeDirectory assigneeDirectory,
                        CaseRepository cases, CaseTimeline caseTimeline, WorkflowRepository workflows,
                        IdempotencyStore idempotencyStore,
                        WorkflowRunRepository workflowRuns, NotificationOutbox notificationOutbox, Notifier notifier,
                        SignInLinks signInLinks, Sessions sessions, Transactions transactions, IdGenerator ids,
                        Telemetry telemetry, WebhookEndpoints webhookEndpoints, WebhookOutbox webhookOutbox,
                        WebhookBodies webhookBodies, WebhookPoster webhookPoster, Reassignments reassignments,
                        SlaPolicyRepository slaPolicies, SlaTimers slaTimers) {
    }

    /**
     * @param publicUrl                            the base of the links the server writes, such as sign-in links
     * @param caseUrlTemplate                      the link to a case in emails; {@code {case_id}} is replaced
     * @param startupProgramAssignCaseMonthlyLimit how many Assign Case steps a Startup Program organization may run
     *                                             a month
     * @param runLease                             how long a worker holds a workflow run it claimed
     * @param runBatchSize                         the most workflow runs a worker claims and runs together
     * @param runBatchPerOrganization              the most runs of one organization in one batch
     * @param webhookRetries                       when failed webhook deliveries are tried again
     * @param allowInsecureWebhooks                whether webhook endpoints may be plain http URLs
     * @param reassignmentBatchSize                the most cases of an unavailable member one transaction moves
     */
    public record Settings(Clock clock, String publicUrl, String caseUrlTemplate, long startupProgramAssignCaseMonthlyLimit,
                           Duration runLease, RetryPolicy emailRetries, int runBatchSize, int runBatchPerOrganization,
                           RetryPolicy webhookRetries, boolean allowInsecureWebhooks, int reassignmentBatchSize) {
        /** Cases moved in batches of {@value #REASSIGNMENT_BATCH_SIZE}. */
        public Settings(Clock clock, String publicUrl, String caseUrlTemplate, long startupProgramAssignCaseMonthlyLimit,
                        Duration runLease, RetryPolicy emailRetries, int runBatchSize, int runBatchPerOrganization,
                        RetryPolicy webhookRetries, boolean allowInsecureWebhooks) {
            this(clock, publicUrl, caseUrlTemplate, startupProgramAssignCaseMonthlyLimit, runLease, emailRetries,
                    runBatchSize, runBatchPerOrganization, webhookRetries, allowInsecureWebhooks,
                    REASSIGNMENT_BATCH_SIZE);
        }

        /** The default batches: {@value #RUN_BATCH_SIZE} runs, as many of one organization; webhooks retried as emails. */
        public Settings(Clock clock, String publicUrl, String caseUrlTemplate, long startupProgramAssignCaseMonthlyLimit,
                        Duration runLease, RetryPolicy emailRetries) {
            this(clock, publicUrl, caseUrlTemplate, startupProgramAssignCaseMonthlyLimit, runLease, emailRetries,
                    RUN_BATCH_SIZE, RUN_BATCH_SIZE, emailRetries, false);
        }
    }

    /** How many cases of an unavailable member one transaction moves unless configured otherwise. */
    public static final int REASSIGNMENT_BATCH_SIZE = 50;

    /** How many runs a run worker claims at once unless configured otherwise. */
    public static final int RUN_BATCH_SIZE = 64;

    /** How many cases with a due SLA deadline the SLA loop claims and fires in one transaction. */
    public static final int SLA_BATCH_SIZE = 100;

    public static Casework wire(Ports ports, Settings settings) {
        Clock clock = settings.clock();
        IdGenerator ids = ports.ids();
        Transactions transactions = ports.transactions();
        PlanLimits limits = new PlanLimits(settings.startupProgramAssignCaseMonthlyLimit());
        CaseEmails caseEmails = new CaseEmails(ports.notificationOutbox(), ids, clock, settings.caseUrlTemplate());
        CaseAssigner assigner = new CaseAssigner(ports.assigneeDirectory(),
                new AssignmentNotices(caseEmails, ports.organizations()), clock);
        CaseSlas slas = new CaseSlas(ports.slaPolicies());
        StepTypes stepTypes = new StepTypes(
                new AssignCaseStep(assigner, ports.staffMembers(), ports.teams(), limits, clock),
                new SetCasePriorityStep(slas, clock));
        var staff = ports.staffMembers();
        var teams = ports.teams();
        var cases = ports.cases();
        var workflows = ports.workflows();
        var runs = ports.workflowRuns();
        WebhookEvents webhooks = new WebhookEvents(ports.webhookEndpoints(), ports.webhookOutbox(),
                ports.webhookBodies(), cases, runs, ids, clock);
        var timeline = new WebhookTimeline(ports.caseTimeline(), webhooks);
        var reassignmentPlans = new ReassignmentPlans(ports.reassignments(), ports.organizations(), ids, clock);
        var triggers = new WorkflowTriggers(workflows, runs, ids);
        return new Casework(
                new AuthenticateService(ports.apiKeys(), clock),
                new CreateOrganizationService(ports.organizations(), ports.apiKeys(), ids, transactions, clock),
                new ChangePlanService(ports.organizations(), transactions),
                new OrganizationQueryService(ports.organizations(), ports.assignCaseUsage(), limits, clock),
                new CreateStaffMemberService(staff, ids, transactions, clock),
                new UpdateStaffMemberService(staff, transactions, reassignmentPlans),
                new StaffMemberQueryService(staff),
                new SetOutOfOfficeService(staff, transactions, reassignmentPlans),
                new CreateTeamService(teams, staff, ids, transactions, clock),
                new UpdateTeamService(teams, staff, transactions),
                new ChangeTeamMembershipService(teams, staff, transactions),
                new TeamQueryService(teams),
                new CreateCaseService(cases, timeline, triggers, slas, ids, transactions, clock, ports.telemetry()),
                new UpdateCaseService(cases, timeline, slas, ids, transactions, clock),
                new AssignCaseService(cases, timeline, ids, assigner, staff, ports.apiKeys(), transactions,
                        ports.telemetry()),
                new UnassignCaseService(cases, timeline, ids, assigner, staff, ports.apiKeys(), transactions),
                new CaseQueryService(cases, timeline, clock),
                new CreateWorkflowService(workflows, stepTypes, ids, transactions, clock),
                new SaveWorkflowDraftService(workflows, stepTypes, transactions, clock),
                new PublishWorkflowService(workflows, stepTypes, transactions, clock),
                new RetireWorkflowService(workflows, transactions, clock),
                new StartWorkflowRunService(workflows, runs, cases, ids, transactions, clock),
                new DryRunWorkflowService(workflows, cases, ports.organizations(), ports.assigneeDirectory(),
                        ports.assignCaseUsage(), stepTypes, ids, transactions, clock),
                new WorkflowQueryService(workflows, runs),
                new NotificationQueryService(ports.notificationOutbox()),
                new IdempotentRequestService(ports.idempotencyStore(), transactions, clock),
                new WorkflowEngine(runs, workflows, ports.organizations(), cases, timeline, ids,
                        new WorkflowEngine.Ports(ports.assigneeDirectory(), ports.notificationOutbox(),
                                ports.assignCaseUsage(), webhooks),
                        stepTypes, limits, transactions, clock, settings.runLease(), settings.runBatchSize(),
                        settings.runBatchPerOrganization(), ports.telemetry()),
                new NotificationSender(ports.notificationOutbox(), ports.notifier(), settings.emailRetries(),
                        transactions, clock, ports.telemetry()),
                new SignInLinkService(staff, ports.organizations(), ports.signInLinks(), ports.notificationOutbox(),
                        ids, transactions, clock, settings.publicUrl()),
                new SessionService(ports.signInLinks(), ports.sessions(), staff, transactions, clock),
                new CreateApiKeyService(ports.apiKeys(), ids, transactions, clock),
                new RevokeApiKeyService(ports.apiKeys(), transactions, clock),
                new ApiKeyQueryService(ports.apiKeys()),
                new WebhookEndpointService(ports.webhookEndpoints(), ports.webhookOutbox(), ids, transactions, clock,
                        settings.allowInsecureWebhooks()),
                new WebhookQueryService(ports.webhookEndpoints(), ports.webhookOutbox()),
                new WebhookDeliverer(ports.webhookOutbox(), ports.webhookPoster(), settings.webhookRetries(),
                        transactions, clock),
                new ReassignmentWorker(ports.reassignments(), ports.organizations(), staff, cases,
                        new CaseStore(cases, timeline, ids),
                        new CaseMoves(assigner, timeline, runs, workflows, transactions, ids, clock),
                        ports.notificationOutbox(), ids, transactions, clock, caseEmails,
                        settings.reassignmentBatchSize()),
                new ChangeOrganizationSettingsService(ports.organizations(), transactions),
                new SlaPolicyService(ports.slaPolicies(), ids, transactions),
                new SlaBreachService(ports.slaTimers(), cases, timeline, triggers,
                        new SlaBreachService.Notices(caseEmails, staff, teams, ports.organizations()),
                        ids, transactions, clock, SLA_BATCH_SIZE));
    }
}
