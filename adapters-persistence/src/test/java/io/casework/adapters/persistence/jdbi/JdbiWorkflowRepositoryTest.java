package io.casework.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.WorkflowRepositoryContract;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.workflow.PublishedStep;
import io.casework.domain.workflow.StepAction.AssignCase;
import io.casework.domain.workflow.StepAction.SetCasePriority;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowVersion;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class JdbiWorkflowRepositoryTest extends WorkflowRepositoryContract {
    private static final TestDatabase.Fresh DATABASE = TestDatabase.fresh();
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(DATABASE.dataSource());
    /** A version's steps as this adapter wrote them before steps were typed, and must still write them. */
    private static final String STORED_STEPS = """
            [{"id": "assign", "type": "assign_case", "continue_on_error": false, "when": null,
              "config": {"case": "trigger.case", "assignee_type": "team", "assignee_id": "team_1"}},
             {"id": "raise", "type": "set_case_priority", "continue_on_error": true,
              "when": {"field": "case.tags", "op": "contains", "value": "vip"},
              "config": {"case": "trigger.case", "priority": "urgent"}}]""";

    @Override
    protected OrganizationRepository organizations() {
        return PERSISTENCE.organizations();
    }

    @Override
    protected WorkflowRepository workflows() {
        return PERSISTENCE.workflows();
    }

    @Test
    void aVersionIsStoredInTheJsonItAlwaysWasNotInItsActions() {
        Workflow workflow = storedDraft(WorkflowJson.steps(STORED_STEPS));
        WorkflowVersion version = workflow.publish(List.of(new AssignCase(new Assignee(Assignee.Kind.TEAM, "team_1"),
                null), new SetCasePriority(Priority.URGENT)), clock.instant());

        workflows().addVersion(version);

        boolean storedAsBefore = Jdbi.create(DATABASE.dataSource()).withHandle(h -> h.createQuery("""
                        SELECT steps = CAST(:expected AS jsonb) FROM workflow_versions WHERE workflow_id = :id""")
                .bind("expected", STORED_STEPS)
                .bind("id", workflow.id().value())
                .mapTo(Boolean.class)
                .one());
        assertThat(storedAsBefore).isTrue();
    }

    @Test
    void aVersionStoredBeforeStepsWereTypedReadsWithTheActionsItsConfigsHold() {
        Workflow workflow = storedDraft(List.of());
        Jdbi.create(DATABASE.dataSource()).useHandle(h -> h.createUpdate("""
                        INSERT INTO workflow_versions (workflow_id, version, organization_id, name, trigger, steps,
                                                       published_at)
                        VALUES (:id, 1, :organizationId, 'Route', '{"event": "manual", "case_types": []}',
                                CAST(:steps AS jsonb), now())""")
                .bind("id", workflow.id().value())
                .bind("organizationId", workflow.organizationId().value())
                .bind("steps", STORED_STEPS)
                .execute());

        WorkflowVersion found = workflows().findVersion(workflow.organizationId(), workflow.id(), 1).orElseThrow();

        assertThat(found.steps()).extracting(PublishedStep::action).containsExactly(
                new AssignCase(new Assignee(Assignee.Kind.TEAM, "team_1"), AssignCase.TeamStrategy.TEAM_QUEUE),
                new SetCasePriority(Priority.URGENT));
        assertThat(found.definitions()).isEqualTo(WorkflowJson.steps(STORED_STEPS));
    }

    private Workflow storedDraft(List<StepDefinition> steps) {
        Organization organization = Organization.create(new OrganizationId(ids.next("org_")), "Initech", Plan.GROWTH,
                clock.instant());
        organizations().add(organization);
        Workflow workflow = Workflow.draft(new WorkflowId(ids.next(WorkflowId.PREFIX)), organization.id(), "Route",
                new Trigger(Trigger.Event.MANUAL, List.of()), steps, clock.instant());
        workflows().add(workflow);
        return workflow;
    }
}
