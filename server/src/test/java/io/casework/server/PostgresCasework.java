package io.casework.server;

import com.codahale.metrics.MetricRegistry;
import io.casework.adapters.persistence.TestDatabase;
import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.application.port.in.CreateTeamCommand;
import io.casework.application.port.in.UpdateStaffMemberCommand;
import io.casework.application.port.in.UseCases;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.port.in.WorkflowRunner;
import io.casework.application.testing.InMemoryCasework;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The application wired as the server wires it, on a fresh PostgreSQL database with a connection pool. */
final class PostgresCasework implements AutoCloseable {
    final ManagedDataSource dataSource;
    final PostgresPersistence db;
    final CaseworkConfiguration config = new CaseworkConfiguration();
    final Wiring wiring;
    /** The use cases exactly as the server wires them. */
    final UseCases api;
    private final Actor actor = Actor.apiKey("key_test");

    PostgresCasework(long startupLimit, int leaseSeconds) {
        this(startupLimit, leaseSeconds, Wiring.CLOCK);
    }

    /** With the application's clock: a test drives time through it. */
    PostgresCasework(long startupLimit, int leaseSeconds, Clock clock) {
        TestDatabase.Fresh fresh = TestDatabase.fresh();
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.postgresql.Driver");
        factory.setUrl(fresh.url());
        factory.setUser(fresh.user());
        factory.setPassword(fresh.password());
        factory.setAutoCommitByDefault(true);
        factory.setMaxSize(40);
        dataSource = factory.build(new MetricRegistry(), "test");
        db = new PostgresPersistence(dataSource);
        config.plans.startupProgram.assignCaseMonthlyLimit = startupLimit;
        config.engine.runLeaseSeconds = leaseSeconds;
        wiring = new Wiring(db, config, clock);
        api = wiring.casework(wiring.notifier());
    }

    OrganizationId organization(Plan plan) {
        return api.createOrganization().create(new CreateOrganizationCommand("Acme", plan)).organizationId();
    }

    StaffMember staffMember(OrganizationId org, String name, Integer maxActiveCases) {
        StaffMember member = api.createStaffMember().create(new CreateStaffMemberCommand(org,
                new Email(name.toLowerCase() + "@example.test"), name, Role.REVIEWER));
        if (maxActiveCases == null) {
            return member;
        }
        return api.updateStaffMember().update(new UpdateStaffMemberCommand(org, member.id(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Optional.of(maxActiveCases))));
    }

    Team team(OrganizationId org, StaffMember... members) {
        return api.createTeam().create(new CreateTeamCommand(org, "Reviewers",
                java.util.Arrays.stream(members).map(m -> m.id().value()).toList()));
    }

    Workflow publishedAssignToTeam(OrganizationId org, Team team, String strategy) {
        StepDefinition assign = InMemoryCasework.assignStep("assign", AssignmentTarget.AssigneeType.TEAM,
                team.id().value(), strategy, false);
        Workflow draft = api.createWorkflow().create(org, new WorkflowDraft("Route",
                new Trigger(Trigger.Event.CASE_CREATED, List.of(new CaseType("ato"))), List.of(assign)));
        return api.publishWorkflow().publish(org, draft.id());
    }

    Case newCase(OrganizationId org) {
        return api.createCase().create(new CreateCaseCommand(org, actor, new CaseType("ato"), null, null, Map.of(),
                List.of()));
    }

    /** A workflow runner of its own, as another server process on the same database would have. */
    WorkflowRunner engine() {
        return wiring.casework(wiring.notifier()).workflowRunner();
    }

    @Override
    public void close() throws Exception {
        dataSource.stop();
    }
}
