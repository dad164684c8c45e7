package io.casework.application.port.in;

/**
 * Every incoming port of the application, one accessor each: what a driving adapter (the REST API, the command
 * line, the server's background loops) is given, so that it needs nothing but {@code port.in}.
 */
public interface UseCases {
    AuthenticateUseCase authenticate();

    CreateOrganizationUseCase createOrganization();

    ChangePlanUseCase changePlan();

    OrganizationQueries organizations();

    CreateStaffMemberUseCase createStaffMember();

    UpdateStaffMemberUseCase updateStaffMember();

    StaffMemberQueries staffMembers();

    SetOutOfOfficeUseCase setOutOfOffice();

    CreateTeamUseCase createTeam();

    UpdateTeamUseCase updateTeam();

    ChangeTeamMembershipUseCase teamMembership();

    TeamQueries teams();

    CreateCaseUseCase createCase();

    UpdateCaseUseCase updateCase();

    AssignCaseUseCase assignCase();

    UnassignCaseUseCase unassignCase();

    CaseQueries cases();

    CreateWorkflowUseCase createWorkflow();

    SaveWorkflowDraftUseCase saveWorkflowDraft();

    PublishWorkflowUseCase publishWorkflow();

    RetireWorkflowUseCase retireWorkflow();

    StartWorkflowRunUseCase startWorkflowRun();

    DryRunWorkflowUseCase dryRunWorkflow();

    WorkflowQueries workflows();

    NotificationQueries notifications();

    IdempotentRequestUseCase idempotentRequests();

    WorkflowRunner workflowRunner();

    EmailSender emailSender();

    SignInLinkUseCase signInLinks();

    SessionUseCase sessions();

    CreateApiKeyUseCase createApiKey();

    RevokeApiKeyUseCase revokeApiKey();

    ApiKeyQueries apiKeys();

    WebhookEndpointUseCase webhookEndpoints();

    WebhookQueries webhooks();

    WebhookSender webhookSender();

    Reassigner reassigner();

    ChangeOrganizationSettingsUseCase changeOrganizationSettings();
    SlaPolicyUseCase slaPolicies();

    SlaBreachRunner slaBreaches();
}
