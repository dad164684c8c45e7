package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.client.ApiClient;
import io.casework.client.ApiException;
import io.casework.client.api.CasesApi;
import io.casework.client.api.NotificationsApi;
import io.casework.client.api.StaffMembersApi;
import io.casework.client.api.TeamsApi;
import io.casework.client.api.WorkflowRunsApi;
import io.casework.client.api.WorkflowsApi;
import io.casework.client.model.Actor;
import io.casework.client.model.AssignCase;
import io.casework.client.model.CaseCreate;
import io.casework.client.model.ModelCase;
import io.casework.client.model.Notification;
import io.casework.client.model.StaffMember;
import io.casework.client.model.StaffMemberCreate;
import io.casework.client.model.Step;
import io.casework.client.model.Subject;
import io.casework.client.model.Team;
import io.casework.client.model.TeamCreate;
import io.casework.client.model.Trigger;
import io.casework.client.model.Workflow;
import io.casework.client.model.WorkflowCreate;
import io.casework.client.model.WorkflowRun;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole journey of a REST client through the Java client generated from the OpenAPI document. */
@ExtendWith(DropwizardExtensionsSupport.class)
class JavaClientJourneyTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    @Test
    void staffTeamWorkflowCaseAssignmentAndEmailThroughTheClient() throws Exception {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + APP.getLocalPort());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));

        StaffMembersApi staff = new StaffMembersApi(client);
        StaffMember ada = staff.createStaffMember(new StaffMemberCreate().email("ada@example.com").name("Ada"), null);
        StaffMember bob = staff.createStaffMember(new StaffMemberCreate().email("bob@example.com").name("Bob"), null);
        Team team = new TeamsApi(client).createTeam(
                new TeamCreate().name("ATO reviewers").memberIds(List.of(ada.getId(), bob.getId())), null);

        WorkflowsApi workflows = new WorkflowsApi(client);
        Workflow workflow = workflows.createWorkflow(new WorkflowCreate().name("Route account takeovers")
                .trigger(new Trigger().event(Trigger.EventEnum.CASE_CREATED).caseTypes(List.of("account_takeover")))
                .steps(List.of(new Step().id("assign_ato_team").type("assign_case").config(Map.of(
                        "case", "trigger.case", "assignee_type", "team", "assignee_id", team.getId(),
                        "team_strategy", "round_robin")))), null);
        assertThat(workflows.publishWorkflow(workflow.getId(), null).getPublishedVersion()).isEqualTo(1);

        CasesApi cases = new CasesApi(client);
        ModelCase created = cases.createCase(new CaseCreate().caseType("account_takeover")
                .priority(CaseCreate.PriorityEnum.HIGH).subject(new Subject().name("Grace Hopper")), null);
        ModelCase assigned = eventually(() -> get(cases, created.getId()), c -> c.getAssignee() != null);
        assertThat(assigned.getAssignee().getId()).isEqualTo(ada.getId());
        assertThat(assigned.getAssignee().getAssignedBy().getType()).isEqualTo(Actor.TypeEnum.WORKFLOW_RUN);

        List<WorkflowRun> runs = new WorkflowRunsApi(client).listWorkflowRuns(null, created.getId(), null, null, null)
                .getData();
        assertThat(runs).singleElement().satisfies(run -> assertThat(run.getStatus())
                .isEqualTo(WorkflowRun.StatusEnum.SUCCEEDED));

        ModelCase byHand = cases.createCase(new CaseCreate().caseType("fraud"), null);
        ModelCase reassigned = cases.assignCase(byHand.getId(), new AssignCase()
                .assigneeType(AssignCase.AssigneeTypeEnum.INDIVIDUAL).assigneeId(bob.getId()).teamStrategy(null), null);
        assertThat(reassigned.getAssignee().getId()).isEqualTo(bob.getId());

        NotificationsApi notifications = new NotificationsApi(client);
        Notification email = eventually(() -> notifications.listNotifications(created.getId(), null, null, null)
                .getData().get(0), n -> n.getStatus() == Notification.StatusEnum.SENT);
        assertThat(email.getRecipient().getEmail()).isEqualTo("ada@example.com");
    }

    private static ModelCase get(CasesApi cases, String id) {
        try {
            return cases.getCase(id);
        } catch (ApiException e) {
            throw new AssertionError(e);
        }
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T eventually(Call<T> call, java.util.function.Predicate<T> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        T value = call.call();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            value = call.call();
        }
        assertThat(done.test(value)).as("in time: %s", value).isTrue();
        return value;
    }
}
