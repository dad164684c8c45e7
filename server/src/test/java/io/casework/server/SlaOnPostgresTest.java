package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.PageRequest;
import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.in.CaseFilter;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.in.SlaBreachRunner;
import io.casework.application.port.in.SlaFilter;
import io.casework.application.port.in.SlaPolicyDraft;
import io.casework.application.port.in.UpdateCaseCommand;
import io.casework.application.port.in.UseCases;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.testing.InMemoryCasework;
import io.casework.application.testing.TestClock;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseSla;
import io.casework.domain.cases.CaseSlaBreached;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.webhook.WebhookEventType;
import io.casework.domain.webhook.WebhookUrl;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SLA deadlines end to end on PostgreSQL, as the server wires them, with time driven through the application's clock:
 * each deadline fires once when it passes unmet, with its event, emails, webhook and workflow runs, and never when
 * the case was assigned or resolved in time.
 */
class SlaOnPostgresTest {
    private static final Actor API = Actor.apiKey("key_test");

    private final TestClock clock = TestClock.startingAt("2026-12-01T09:00:00Z");
    private final PostgresCasework postgres = new PostgresCasework(100, 30, clock);
    private final UseCases api = postgres.api;
    private final OrganizationId org = postgres.organization(Plan.GROWTH);

    @TempDir
    Path dataDir;

    @AfterEach
    void close() throws Exception {
        postgres.close();
    }

    @Test
    void anAssignByDeadlineMissedInATeamQueueFiresOnceWithItsEventEmailsToTheTeamAndWebhook() throws Exception {
        api.slaPolicies().replace(org, List.of(new SlaPolicyDraft(null, null, 30, 240)));
        api.webhookEndpoints().create(org, new WebhookUrl("https://hooks.example.test/casework"),
                Set.of(WebhookEventType.CASE_SLA_BREACHED), "SLA alerts");
        StaffMember ada = postgres.staffMember(org, "Ada", null);
        StaffMember bob = postgres.staffMember(org, "Bob", null);
        Team team = postgres.team(org, ada, bob);
        Case aCase = newCase("ato", null);
        assign(aCase, AssignmentTarget.AssigneeType.TEAM, team.id().value(), AssignmentTarget.TeamStrategy.TEAM_QUEUE);

        clock.advance(Duration.ofMinutes(29));
        assertThat(api.slaBreaches().fireDue()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(api.slaBreaches().fireDue()).isEqualTo(1);
        assertThat(api.slaBreaches().fireDue()).isZero();

        assertThat(breaches(aCase.id())).containsExactly(SlaDeadline.ASSIGN_BY);
        assertThat(stored(aCase.id()).sla().orElseThrow().breached()).containsExactly(SlaDeadline.ASSIGN_BY);
        assertThat(slaEmailsTo(aCase.id())).containsExactlyInAnyOrder("ada@example.test", "bob@example.test");
        assertThat(webhookEvents()).containsExactly("case.sla_breached");
        assertThat(sentSubjects()).filteredOn(s -> s.contains("missed its assignment deadline")).hasSize(2);
    }

    @Test
    void aResolveByDeadlineEmailsTheAssigneeAndAnAssignmentInTimeMeetsTheAssignBy() {
        api.slaPolicies().replace(org, List.of(new SlaPolicyDraft(null, null, 30, 240)));
        StaffMember ada = postgres.staffMember(org, "Ada", null);
        Case aCase = newCase("ato", null);
        clock.advance(Duration.ofMinutes(10));
        assign(aCase, AssignmentTarget.AssigneeType.INDIVIDUAL, ada.id().value(), null);

        clock.advance(Duration.ofMinutes(60));
        assertThat(api.slaBreaches().fireDue()).isZero();
        clock.advance(Duration.ofMinutes(171));
        assertThat(api.slaBreaches().fireDue()).isEqualTo(1);

        assertThat(breaches(aCase.id())).containsExactly(SlaDeadline.RESOLVE_BY);
        assertThat(slaEmailsTo(aCase.id())).containsExactly("ada@example.test");
    }

    @Test
    void aCaseResolvedInTimeFiresNothingAndAnUnassignedOneTellsNobody() {
        api.slaPolicies().replace(org, List.of(new SlaPolicyDraft(null, null, 30, 240)));
        Case resolved = newCase("ato", null);
        Case neglected = newCase("ato", null);
        clock.advance(Duration.ofMinutes(20));
        api.updateCase().update(new UpdateCaseCommand(org, API, resolved.id(), OptionalLong.empty(),
                new CaseChange(Optional.of(CaseStatus.RESOLVED), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty())));

        clock.advance(Duration.ofHours(5));
        assertThat(api.slaBreaches().fireDue()).isEqualTo(1);

        assertThat(breaches(resolved.id())).isEmpty();
        assertThat(breaches(neglected.id())).containsExactly(SlaDeadline.ASSIGN_BY, SlaDeadline.RESOLVE_BY);
        assertThat(slaEmailsTo(neglected.id())).isEmpty();
    }

    @Test
    void aWorkflowTriggeredByTheBreachReassignsToASeniorTeamAndRaisesThePriorityWhichRechoosesThePolicy() {
        api.slaPolicies().replace(org, List.of(new SlaPolicyDraft(null, null, 30, 240),
                new SlaPolicyDraft(null, Priority.URGENT, null, 60)));
        StaffMember senior = postgres.staffMember(org, "Grace", null);
        Team seniors = postgres.team(org, senior);
        StepDefinition reassign = InMemoryCasework.assignStep("escalate", AssignmentTarget.AssigneeType.TEAM,
                seniors.id().value(), "round_robin", false);
        StepDefinition raise = new StepDefinition("raise", "set_case_priority",
                Map.of("case", "trigger.case", "priority", "urgent"), false, null);
        Workflow draft = api.createWorkflow().create(org, new WorkflowDraft("Escalate",
                new Trigger(Trigger.Event.CASE_SLA_BREACHED, List.of(new CaseType("ato"))), List.of(reassign, raise)));
        api.publishWorkflow().publish(org, draft.id());
        Case escalated = newCase("ato", Priority.NORMAL);
        Case otherType = newCase("kyc", Priority.NORMAL);
        String normalPolicy = escalated.sla().orElseThrow().policy();

        clock.advance(Duration.ofMinutes(31));
        assertThat(api.slaBreaches().fireDue()).isEqualTo(2);
        List<WorkflowRun> runs = api.workflows().runs(org, new RunFilter(Optional.empty(), Optional.empty(),
                Optional.empty()), PageRequest.first(10)).items();
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.triggerEvent()).isEqualTo(Trigger.Event.CASE_SLA_BREACHED);
            assertThat(run.caseId()).isEqualTo(escalated.id());
        });
        while (api.workflowRunner().runNext("worker-1")) {
            clock.advance(Duration.ofMillis(1));
        }

        Case after = stored(escalated.id());
        assertThat(after.assignee().orElseThrow().id()).isEqualTo(senior.id().value());
        assertThat(after.priority()).isEqualTo(Priority.URGENT);
        CaseSla sla = after.sla().orElseThrow();
        assertThat(sla.policy()).isNotEqualTo(normalPolicy);
        assertThat(sla.assignBy()).isNull();
        assertThat(sla.resolveBy()).isEqualTo(escalated.createdAt().plus(Duration.ofMinutes(60)));
        assertThat(sla.breached()).containsExactly(SlaDeadline.ASSIGN_BY);
        assertThat(breaches(otherType.id())).containsExactly(SlaDeadline.ASSIGN_BY);
    }

    @Test
    void aPriorityChangeThroughTheApiRechoosesThePolicyAndCountsFromCreation() {
        api.slaPolicies().replace(org, List.of(new SlaPolicyDraft(null, null, null, 480),
                new SlaPolicyDraft(List.of(new CaseType("ato")), Priority.HIGH, 15, 120)));
        Case aCase = newCase("ato", Priority.NORMAL);
        assertThat(aCase.sla().orElseThrow().assignBy()).isNull();
        clock.advance(Duration.ofMinutes(5));

        api.updateCase().update(new UpdateCaseCommand(org, API, aCase.id(), OptionalLong.empty(),
                new CaseChange(Optional.empty(), Optional.empty(), Optional.of(Priority.HIGH), Optional.empty(),
                        Optional.empty())));

        CaseSla sla = stored(aCase.id()).sla().orElseThrow();
        assertThat(sla.assignBy()).isEqualTo(aCase.createdAt().plus(Duration.ofMinutes(15)));
        assertThat(sla.resolveBy()).isEqualTo(aCase.createdAt().plus(Duration.ofMinutes(120)));
        clock.advance(Duration.ofMinutes(11));
        assertThat(api.slaBreaches().fireDue()).isEqualTo(1);
        assertThat(breaches(aCase.id())).containsExactly(SlaDeadline.ASSIGN_BY);
    }

    @Test
    void twoProcessesFireADeadlineOnce() throws Exception {
        api.slaPolicies().replace(org, List.of(new SlaPolicyDraft(null, null, 30, 240)));
        List<CaseId> cases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cases.add(newCase("ato", null).id());
        }
        clock.advance(Duration.ofMinutes(31));
        SlaBreachRunner first = api.slaBreaches();
        SlaBreachRunner second = postgres.wiring.casework(postgres.wiring.notifier()).slaBreaches();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = threads.submit(() -> fireAll(first, together));
            Future<Integer> b = threads.submit(() -> fireAll(second, together));
            assertThat(a.get() + b.get()).isEqualTo(20);
        } finally {
            threads.shutdownNow();
        }
        for (CaseId id : cases) {
            assertThat(breaches(id)).containsExactly(SlaDeadline.ASSIGN_BY);
        }
    }

    @Test
    void aDeadlineThatPassedWhileNoServerRanFiresOnceAtTheNextStart() {
        api.slaPolicies().replace(org, List.of(new SlaPolicyDraft(null, null, 30, 240)));
        Case aCase = newCase("ato", null);

        clock.advance(Duration.ofDays(2));
        UseCases restarted = new Wiring(postgres.db, postgres.config, clock).casework(postgres.wiring.notifier());
        assertThat(restarted.slaBreaches().fireDue()).isEqualTo(1);
        assertThat(restarted.slaBreaches().fireDue()).isZero();

        assertThat(breaches(aCase.id())).containsExactly(SlaDeadline.ASSIGN_BY, SlaDeadline.RESOLVE_BY);
    }

    @Test
    void listsFilterByBreachedAndByDeadlinesDueWithinMinutes() {
        api.slaPolicies().replace(org, List.of(new SlaPolicyDraft(List.of(new CaseType("ato")), null, 10, 240),
                new SlaPolicyDraft(List.of(new CaseType("kyc")), null, 60, 240)));
        Case soon = newCase("ato", null);
        Case later = newCase("kyc", null);
        Case none = newCase("other", null);
        assertThat(none.sla()).isEmpty();

        assertThat(list(new SlaFilter.DueWithin(Duration.ofMinutes(15)))).containsExactly(soon.id());
        assertThat(list(new SlaFilter.DueWithin(Duration.ofMinutes(60)))).containsExactly(later.id(), soon.id());
        assertThat(list(new SlaFilter.Breached())).isEmpty();
        clock.advance(Duration.ofMinutes(11));
        api.slaBreaches().fireDue();
        assertThat(list(new SlaFilter.Breached())).containsExactly(soon.id());
        // its assign-by is breached, so its next deadline is the resolve-by, hours away
        assertThat(list(new SlaFilter.DueWithin(Duration.ofMinutes(60)))).containsExactly(later.id());
    }

    private static int fireAll(SlaBreachRunner runner, CyclicBarrier together) throws Exception {
        together.await();
        int fired = 0;
        int batch;
        do {
            batch = runner.fireDue();
            fired += batch;
        } while (batch > 0);
        return fired;
    }

    private Case newCase(String type, Priority priority) {
        return api.createCase().create(new CreateCaseCommand(org, API, new CaseType(type), priority, null, Map.of(),
                List.of()));
    }

    private void assign(Case aCase, AssignmentTarget.AssigneeType type, String id,
                        AssignmentTarget.TeamStrategy strategy) {
        api.assignCase().assign(new AssignCaseCommand(org, API, aCase.id(), new AssignmentTarget(type, id, strategy)));
    }

    private Case stored(CaseId id) {
        return api.cases().get(org, id);
    }

    private List<CaseId> list(SlaFilter filter) {
        return api.cases().list(org, CaseFilter.none().withSla(Optional.of(filter)), PageRequest.first(50)).items()
                .stream().map(Case::id).toList();
    }

    private List<SlaDeadline> breaches(CaseId id) {
        return api.cases().events(org, id, PageRequest.first(100)).items().stream()
                .map(CaseEventView::event)
                .filter(CaseSlaBreached.class::isInstance)
                .map(e -> ((CaseSlaBreached) e).deadline())
                .toList();
    }

    private List<String> slaEmailsTo(CaseId id) {
        return query("SELECT recipient_email FROM notifications WHERE case_id = ? AND kind = 'sla_breached'",
                id.value());
    }

    private List<String> webhookEvents() {
        return query("SELECT event_type FROM webhook_deliveries WHERE organization_id = ?", org.value());
    }

    /** Renders and "sends" the queued emails as the server does without SMTP: .eml files, whose subjects this reads. */
    private List<String> sentSubjects() throws Exception {
        postgres.config.dataDir = dataDir.toString();
        postgres.wiring.casework(postgres.wiring.notifier()).emailSender().sendDue(50);
        try (Stream<Path> files = Files.list(dataDir.resolve("outbox"))) {
            return files.map(file -> {
                try {
                    // headers are folded at 78 characters
                    return Files.readString(file).replace("\r\n ", " ").lines()
                            .filter(l -> l.startsWith("Subject:")).findFirst().orElse("");
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private List<String> query(String sql, String value) {
        try (Connection connection = postgres.dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
