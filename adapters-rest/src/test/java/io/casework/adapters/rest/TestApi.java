package io.casework.adapters.rest;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateStaffMemberUseCase;
import io.casework.application.service.AuthenticateService;
import io.casework.application.service.CaseServices.CaseQueryService;
import io.casework.application.service.CaseServices.UnassignCaseService;
import io.casework.application.service.CaseServices.UpdateCaseService;
import io.casework.application.service.CreateOrganizationService;
import io.casework.application.service.IdempotentRequestService;
import io.casework.application.service.NotificationQueryService;
import io.casework.application.service.OrganizationQueryService;
import io.casework.application.service.StaffMemberServices.CreateStaffMemberService;
import io.casework.application.service.StaffMemberServices.StaffMemberQueryService;
import io.casework.application.service.StaffMemberServices.UpdateStaffMemberService;
import io.casework.application.service.TeamServices.ChangeTeamMembershipService;
import io.casework.application.service.TeamServices.CreateTeamService;
import io.casework.application.service.TeamServices.TeamQueryService;
import io.casework.application.service.TeamServices.UpdateTeamService;
import io.casework.application.service.WorkflowServices.CreateWorkflowService;
import io.casework.application.service.WorkflowServices.PublishWorkflowService;
import io.casework.application.service.WorkflowServices.SaveWorkflowDraftService;
import io.casework.application.service.WorkflowServices.StartWorkflowRunService;
import io.casework.application.service.WorkflowServices.WorkflowQueryService;
import io.casework.application.testing.InMemoryCasework;
import io.casework.application.testing.InMemoryIdempotencyStore;
import io.casework.application.testing.TestClock;
import io.casework.domain.organization.Plan;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.util.List;
import java.util.function.UnaryOperator;
import org.glassfish.jersey.client.ClientProperties;

/**
 * The REST adapter registered exactly as the server registers it ({@link RestApi#components}, the mapper of
 * {@link RestApi#configure}), over the real services and the application's in-memory fakes: new cases start the
 * published workflows, and {@link InMemoryCasework#drainRuns()} runs them.
 */
final class TestApi {
    final InMemoryCasework casework = new InMemoryCasework();
    final TestClock clock = casework.clock;
    final ResourceExtension resources;
    /** What {@link RestApi#components} gave, as registered. */
    final List<Object> components;
    private final CreateOrganizationService organizations;

    TestApi() {
        this(UnaryOperator.identity());
    }

    /** @param staffCreation wraps the staff member creation use case, to hold or fail it in a test */
    TestApi(UnaryOperator<CreateStaffMemberUseCase> staffCreation) {
        InMemoryCasework c = casework;
        organizations = new CreateOrganizationService(c.organizations, c.apiKeys, c.ids, c.transactions, clock);

        RestApi.UseCases useCases = new RestApi.UseCases(
                new AuthenticateService(c.apiKeys),
                new OrganizationQueryService(c.organizations, c.usage, c.limits, clock),
                staffCreation.apply(new CreateStaffMemberService(c.staff, c.ids, c.transactions, clock)),
                new UpdateStaffMemberService(c.staff, c.transactions),
                new StaffMemberQueryService(c.staff),
                new CreateTeamService(c.teams, c.staff, c.ids, c.transactions, clock),
                new UpdateTeamService(c.teams, c.staff, c.transactions),
                new ChangeTeamMembershipService(c.teams, c.staff, c.transactions),
                new TeamQueryService(c.teams),
                c.createCase(),
                new UpdateCaseService(c.cases, c.timeline, c.ids, c.transactions, clock),
                c.assignCase(),
                new UnassignCaseService(c.cases, c.timeline, c.ids, c.assigner, c.transactions),
                new CaseQueryService(c.cases, c.timeline),
                new CreateWorkflowService(c.workflows, c.stepTypes, c.ids, c.transactions, clock),
                new SaveWorkflowDraftService(c.workflows, c.stepTypes, c.transactions, clock),
                new PublishWorkflowService(c.workflows, c.stepTypes, c.transactions, clock),
                new StartWorkflowRunService(c.workflows, c.runs, c.cases, c.ids, c.transactions, clock),
                new WorkflowQueryService(c.workflows, c.runs),
                new NotificationQueryService(c.outbox));

        ObjectMapper mapper = Jackson.newObjectMapper();
        RestApi.configure(mapper);
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setMapper(mapper)
                .setRegisterDefaultExceptionMappers(false)
                .bootstrapLogging(false)
                // real clients PUT a membership with no body; Jersey's client refuses that unless told
                .setClientConfigurator(client -> client.property(
                        ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true));
        components = RestApi.components(useCases,
                new IdempotentRequestService(new InMemoryIdempotencyStore(), c.transactions, clock), mapper,
                new MetricRegistry());
        components.forEach(builder::addProvider);
        resources = builder.build();
    }

    /** A new organization; the client calls the API with its first key. */
    ApiClient newOrganization() {
        return new ApiClient(resources, organizations.create(new CreateOrganizationCommand("Acme", Plan.GROWTH))
                .apiKey());
    }

    /** A caller without credentials. */
    ApiClient anonymous() {
        return new ApiClient(resources, null);
    }
}
