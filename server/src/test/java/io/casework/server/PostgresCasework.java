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
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.service.StaffMemberServices;
import io.casework.application.service.TeamServices;
import io.casework.application.service.WorkflowEngine;
import io.casework.application.service.WorkflowServices;
import io.casework.domain.assignee.Email;
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
import java.util.LinkedHashMap;
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
    private final Actor actor = Actor.apiKey("key_test");

    PostgresCasework(long startupLimit, int leaseSeconds) {
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
        wiring = new Wiring(db, config);
    }

    OrganizationId organization(Plan plan) {
        return wiring.createOrganization().create(new CreateOrganizationCommand("Acme", plan)).organizationId();
    }

    StaffMember staffMember(OrganizationId org, String name, Integer maxActiveCases) {
        StaffMember member = new StaffMemberServices.CreateStaffMemberService(db.staffMembers(), new RandomIdGenerator(
                Wiring.CLOCK), db.transactions(), Wiring.CLOCK).create(new CreateStaffMemberCommand(org,
                new Email(name.toLowerCase() + "@example.test"), name));
        if (maxActiveCases == null) {
            return member;
        }
        return new StaffMemberServices.UpdateStaffMemberService(db.staffMembers(), db.transactions()).update(
                new UpdateStaffMemberCommand(org, member.id(), OptionalLong.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(Optional.of(maxActiveCases))));
    }

    Team team(OrganizationId org, StaffMember... members) {
        return new TeamServices.CreateTeamService(db.teams(), db.staffMembers(), new RandomIdGenerator(Wiring.CLOCK),
                db.transactions(), Wiring.CLOCK).create(new CreateTeamCommand(org, "Reviewers",
                java.util.Arrays.stream(members).map(m -> m.id().value()).toList()));
    }

    Workflow publishedAssignToTeam(OrganizationId org, Team team, String strategy) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("case", "trigger.case");
        config.put("assignee_type", AssignmentTarget.AssigneeType.TEAM.name().toLowerCase());
        config.put("assignee_id", team.id().value());
        config.put("team_strategy", strategy);
        Workflow draft = new WorkflowServices.CreateWorkflowService(db.workflows(), stepTypes(), ids(), db.transactions(),
                Wiring.CLOCK).create(org, new WorkflowDraft("Route", new Trigger(Trigger.Event.CASE_CREATED,
                List.of(new CaseType("ato"))), List.of(new StepDefinition("assign", "assign_case", config, false, null))));
        return new WorkflowServices.PublishWorkflowService(db.workflows(), stepTypes(), db.transactions(), Wiring.CLOCK)
                .publish(org, draft.id());
    }

    Case newCase(OrganizationId org) {
        return wiring.restUseCases().createCase().create(new CreateCaseCommand(org, actor, new CaseType("ato"), null,
                null, Map.of(), List.of()));
    }

    WorkflowEngine engine() {
        return wiring.workflowEngine();
    }

    private io.casework.application.service.StepTypes stepTypes() {
        return wiring.stepTypes();
    }

    private RandomIdGenerator ids() {
        return new RandomIdGenerator(Wiring.CLOCK);
    }

    @Override
    public void close() throws Exception {
        dataSource.stop();
    }
}
