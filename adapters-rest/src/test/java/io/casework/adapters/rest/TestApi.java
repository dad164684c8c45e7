package io.casework.adapters.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateStaffMemberUseCase;
import io.casework.application.service.AssignmentNotices;
import io.casework.application.service.AuthenticateService;
import io.casework.application.service.CaseAssigner;
import io.casework.application.service.CaseServices.AssignCaseService;
import io.casework.application.service.CaseServices.CaseQueryService;
import io.casework.application.service.CaseServices.CreateCaseService;
import io.casework.application.service.CaseServices.UnassignCaseService;
import io.casework.application.service.CaseServices.UpdateCaseService;
import io.casework.application.service.CreateOrganizationService;
import io.casework.application.service.OrganizationQueryService;
import io.casework.application.service.PlanLimits;
import io.casework.application.service.StaffMemberServices.CreateStaffMemberService;
import io.casework.application.service.StaffMemberServices.StaffMemberQueryService;
import io.casework.application.service.StaffMemberServices.UpdateStaffMemberService;
import io.casework.application.service.TeamServices.ChangeTeamMembershipService;
import io.casework.application.service.TeamServices.CreateTeamService;
import io.casework.application.service.TeamServices.TeamQueryService;
import io.casework.application.service.TeamServices.UpdateTeamService;
import io.casework.application.testing.InMemoryApiKeyRepository;
import io.casework.application.testing.InMemoryAssignCaseUsage;
import io.casework.application.testing.InMemoryAssigneeDirectory;
import io.casework.application.testing.InMemoryCaseRepository;
import io.casework.application.testing.InMemoryCaseTimeline;
import io.casework.application.testing.InMemoryIdempotencyStore;
import io.casework.application.testing.InMemoryNotificationOutbox;
import io.casework.application.testing.InMemoryOrganizationRepository;
import io.casework.application.testing.InMemoryStaffMemberRepository;
import io.casework.application.testing.InMemoryTeamRepository;
import io.casework.application.testing.InMemoryTransactions;
import io.casework.application.testing.SequentialIds;
import io.casework.application.testing.TestClock;
import io.casework.domain.organization.Plan;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.util.List;
import java.util.function.UnaryOperator;
import org.glassfish.jersey.client.ClientProperties;

/**
 * The REST adapter registered exactly as the server registers it ({@link RestApi#components}, the mapper of
 * {@link RestApi#configure}), over the real services and the application's in-memory fakes.
 */
final class TestApi {
    final TestClock clock = TestClock.startingAt("2026-11-26T10:00:00Z");
    final ResourceExtension resources;
    /** What {@link RestApi#components} gave, as registered. */
    final List<Object> components;
    private final CreateOrganizationService organizations;

    TestApi() {
        this(UnaryOperator.identity());
    }

    /** @param staffCreation wraps the staff member creation use case, to hold or fail it in a test */
    TestApi(UnaryOperator<CreateStaffMemberUseCase> staffCreation) {
        SequentialIds ids = new SequentialIds();
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryOrganizationRepository organizationRepository = new InMemoryOrganizationRepository();
        InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository();
        InMemoryStaffMemberRepository staff = new InMemoryStaffMemberRepository();
        InMemoryTeamRepository teams = new InMemoryTeamRepository();
        InMemoryCaseRepository cases = new InMemoryCaseRepository();
        InMemoryCaseTimeline timeline = new InMemoryCaseTimeline();
        CaseAssigner assigner = new CaseAssigner(new InMemoryAssigneeDirectory(staff, teams, cases),
                new AssignmentNotices(new InMemoryNotificationOutbox(), ids, clock, "https://example.com/{case_id}"),
                clock);
        organizations = new CreateOrganizationService(organizationRepository, apiKeys, ids, transactions, clock);

        RestApi.UseCases useCases = new RestApi.UseCases(
                new AuthenticateService(apiKeys),
                new OrganizationQueryService(organizationRepository, new InMemoryAssignCaseUsage(),
                        new PlanLimits(100), clock),
                staffCreation.apply(new CreateStaffMemberService(staff, ids, transactions, clock)),
                new UpdateStaffMemberService(staff, transactions),
                new StaffMemberQueryService(staff),
                new CreateTeamService(teams, staff, ids, transactions, clock),
                new UpdateTeamService(teams, staff, transactions),
                new ChangeTeamMembershipService(teams, staff, transactions),
                new TeamQueryService(teams),
                new CreateCaseService(cases, timeline, aCase -> { }, ids, transactions, clock),
                new UpdateCaseService(cases, timeline, ids, transactions, clock),
                new AssignCaseService(cases, timeline, ids, assigner, transactions),
                new UnassignCaseService(cases, timeline, ids, assigner, transactions),
                new CaseQueryService(cases, timeline));

        ObjectMapper mapper = Jackson.newObjectMapper();
        RestApi.configure(mapper);
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setMapper(mapper)
                .setRegisterDefaultExceptionMappers(false)
                .bootstrapLogging(false)
                // real clients PUT a membership with no body; Jersey's client refuses that unless told
                .setClientConfigurator(client -> client.property(
                        ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true));
        components = RestApi.components(useCases, new InMemoryIdempotencyStore(), clock);
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
