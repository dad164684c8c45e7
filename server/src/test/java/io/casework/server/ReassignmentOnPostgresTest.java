package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.casework.adapters.notify.smtp.SmtpNotifier;
import io.casework.adapters.notify.smtp.SmtpSettings;
import io.casework.adapters.notify.template.EmailRenderer;
import io.casework.application.Casework;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.in.ChangeOrganizationSettingsCommand;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.application.port.in.CreateTeamCommand;
import io.casework.application.port.in.NotificationView;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.in.SetOutOfOfficeCommand;
import io.casework.application.port.in.UpdateStaffMemberCommand;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.port.out.Telemetry;
import io.casework.application.testing.InMemoryCasework;
import io.casework.application.testing.TestClock;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.OutOfOffice;
import io.casework.domain.assignee.OutOfOfficeWindow;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffStatus;
import io.casework.domain.assignee.Team;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseEvent;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.organization.ReassignmentSettings.OnUnavailable;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowRun;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.mail.Multipart;
import javax.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Moving the open cases of a member who becomes unavailable, on PostgreSQL with a real SMTP server (GreenMail):
 * each reason and each setting, the one digest, a worker that dies mid-job, and two workers on one job. The clock is
 * the tests' own, so an out-of-office window starts when a test moves it.
 */
class ReassignmentOnPostgresTest {
    private final PostgresCasework pg = new PostgresCasework(100, 30);
    private final TestClock clock = new TestClock(Instant.now());
    private final int port = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final Casework api = wire(50);
    private final Actor actor = Actor.apiKey("key_test");
    private final OrganizationId org = pg.organization(Plan.GROWTH);
    private final StaffMember ada = member("Ada");
    private final StaffMember bob = member("Bob");
    private final Team team = api.createTeam().create(new CreateTeamCommand(org, "Fraud",
            List.of(ada.id().value(), bob.id().value())));

    @AfterEach
    void close() throws Exception {
        smtp.stop();
        pg.close();
    }

    @Test
    void aDeactivatedMembersCasesGoBackToTheirTeamsQueueTheTeamIsToldAndTheyGetOneDigest() throws Exception {
        setting(OnUnavailable.TEAM_QUEUE);
        List<Case> throughTeam = assignThroughTeam(6);
        List<Case> adas = heldBy(throughTeam, ada);
        List<Case> bobs = heldBy(throughTeam, bob);
        Case direct = assignDirectly(ada);

        update(ada, Optional.empty(), Optional.of(StaffStatus.DEACTIVATED));
        moveAll(api);

        for (Case moved : adas) {
            assertThat(now(moved).assignee()).contains(Assignee.team(team.id()));
            assertReassignedOnce(moved, CaseReassigned.Reason.DEACTIVATED, Optional.of(Assignee.team(team.id())));
            assertThat(notifications(moved)).extracting(NotificationView::staffMemberId)
                    .containsExactly(bob.id(), ada.id()); // the team queue tells Bob; Ada's own assignment email before
        }
        assertThat(now(direct).assignee()).isEmpty();
        assertReassignedOnce(direct, CaseReassigned.Reason.DEACTIVATED, Optional.empty());
        for (Case kept : bobs) {
            assertThat(now(kept).assignee()).contains(Assignee.staffMember(bob.id()));
        }
        List<MimeMessage> toAda = sendEmailsTo("ada@example.test");
        assertThat(toAda).hasSize(1);
        assertThat(toAda.get(0).getSubject())
                .isEqualTo("[Casework] 4 of your cases were reassigned while you are deactivated");
        String text = (String) ((Multipart) toAda.get(0).getContent()).getBodyPart(0).getContent();
        for (Case moved : append(adas, direct)) {
            assertThat(text).contains(moved.id().value());
        }
        for (Case kept : bobs) {
            assertThat(text).doesNotContain(kept.id().value());
        }
    }

    @Test
    void anAwayMembersCasesGoToANewRunOfTheWorkflowVersionThatAssignedThem() {
        setting(OnUnavailable.RERUN);
        Workflow workflow = publishRoundRobin();
        List<Case> created = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            created.add(newCase());
        }
        runAll();
        List<Case> adas = heldBy(created.stream().map(this::now).toList(), ada);
        assertThat(adas).hasSize(2);
        Case direct = assignDirectly(ada, "kyc"); // a type the workflow does not start for

        update(ada, Optional.of(Availability.AWAY), Optional.empty());
        moveAll(api);
        for (Case moved : adas) {
            assertThat(now(moved).assignee()).isEmpty();
            assertReassignedOnce(moved, CaseReassigned.Reason.AWAY, Optional.empty());
        }
        runAll();

        for (Case moved : adas) {
            assertThat(now(moved).assignee()).contains(Assignee.staffMember(bob.id()));
            List<WorkflowRun> runs = api.workflows().runs(org, new RunFilter(Optional.empty(),
                    Optional.of(moved.id()), Optional.empty()), PageRequest.first(10)).items();
            assertThat(runs).extracting(WorkflowRun::triggerEvent)
                    .containsExactly(Trigger.Event.ASSIGNEE_UNAVAILABLE, Trigger.Event.CASE_CREATED);
            assertThat(runs.get(0).workflowId()).isEqualTo(workflow.id());
            assertThat(runs.get(0).status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        }
        assertThat(now(direct).assignee()).isEmpty();
        assertThat(api.workflows().runs(org, new RunFilter(Optional.empty(), Optional.of(direct.id()),
                Optional.empty()), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void anOutOfOfficeWindowLongerThanTheThresholdMovesTheCasesWhenItStartsAndAShortOneMovesNothing() {
        setting(OnUnavailable.TEAM_QUEUE);
        List<Case> cases = assignThroughTeam(4);
        List<Case> adas = heldBy(cases, ada);
        List<Case> bobs = heldBy(cases, bob);
        Instant now = clock.instant();
        outOfOffice(ada, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(26)));
        outOfOffice(bob, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(24)));

        assertThat(api.reassigner().moveNextBatch()).as("nothing is due before the window starts").isFalse();
        assertThat(now(adas.get(0)).assignee()).contains(Assignee.staffMember(ada.id()));
        clock.advance(Duration.ofHours(2));
        moveAll(api);

        for (Case moved : adas) {
            assertThat(now(moved).assignee()).contains(Assignee.team(team.id()));
            assertReassignedOnce(moved, CaseReassigned.Reason.OUT_OF_OFFICE, Optional.of(Assignee.team(team.id())));
        }
        for (Case kept : bobs) {
            assertThat(now(kept).assignee()).as("24 hours is not more than 24").contains(
                    Assignee.staffMember(bob.id()));
        }
    }

    @Test
    void aLongWindowAlreadyStartedMovesTheCasesAtOnceAndPuttingItAgainMovesNothingTwice() throws Exception {
        setting(OnUnavailable.TEAM_QUEUE);
        List<Case> adas = List.of(assignDirectly(ada), assignDirectly(ada));
        Instant now = clock.instant();
        outOfOffice(ada, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)));

        moveAll(api);
        outOfOffice(ada, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)));
        moveAll(api);

        for (Case moved : adas) {
            assertThat(now(moved).assignee()).isEmpty();
            assertReassignedOnce(moved, CaseReassigned.Reason.OUT_OF_OFFICE, Optional.empty());
        }
        assertThat(sendEmailsTo("ada@example.test")).hasSize(1);
    }

    @Test
    void replacedWindowsAndMembersBackBeforeTheWorkerMoveNothingNorDoesAChangeMadeUnderTheSettingNone() {
        setting(OnUnavailable.TEAM_QUEUE);
        List<Case> cases = assignThroughTeam(4);
        Instant now = clock.instant();
        outOfOffice(ada, now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)));
        api.setOutOfOffice().set(new SetOutOfOfficeCommand(org, ada.id(), OptionalLong.empty(), OutOfOffice.NONE));
        update(bob, Optional.of(Availability.AWAY), Optional.empty());
        update(bob, Optional.of(Availability.AVAILABLE), Optional.empty());
        clock.advance(Duration.ofHours(2));
        moveAll(api);
        setting(OnUnavailable.NONE);
        update(ada, Optional.of(Availability.AWAY), Optional.empty());
        setting(OnUnavailable.TEAM_QUEUE);

        moveAll(api);

        for (Case kept : cases) {
            assertThat(now(kept).assignee()).isEqualTo(kept.assignee());
        }
    }

    @Test
    void aWorkerThatDiesMidBatchAndOneThatStopsBetweenBatchesLeaveEachCaseMovedOnce() throws Exception {
        setting(OnUnavailable.TEAM_QUEUE);
        Casework small = wire(3);
        List<Case> adas = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            adas.add(assignDirectly(ada));
        }
        update(ada, Optional.empty(), Optional.of(StaffStatus.DEACTIVATED));

        assertThat(small.reassigner().moveNextBatch()).isTrue(); // one batch committed, then this worker stops
        try {
            pg.db.transactions().inTransaction(() -> {
                small.reassigner().moveNextBatch();
                throw new IllegalStateException("the process died before the batch committed");
            });
        } catch (IllegalStateException died) {
            assertThat(died).hasMessageContaining("died");
        }
        assertThat(adas.stream().filter(c -> now(c).assignee().isEmpty()).count()).isEqualTo(3);
        moveAll(wire(3)); // another process goes on

        for (Case moved : adas) {
            assertThat(now(moved).assignee()).isEmpty();
            assertReassignedOnce(moved, CaseReassigned.Reason.DEACTIVATED, Optional.empty());
        }
        List<MimeMessage> toAda = sendEmailsTo("ada@example.test");
        assertThat(toAda).hasSize(1);
        assertThat(toAda.get(0).getSubject()).startsWith("[Casework] 8 of your cases were reassigned");
    }

    @Test
    void twoProcessesWorkingTheSameJobsMoveEachCaseOnce() throws Exception {
        setting(OnUnavailable.TEAM_QUEUE);
        StaffMember cy = member("Cy");
        List<Case> held = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            held.add(assignDirectly(i % 2 == 0 ? ada : cy));
        }
        update(ada, Optional.empty(), Optional.of(StaffStatus.DEACTIVATED));
        update(cy, Optional.of(Availability.AWAY), Optional.empty());

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> workers = List.of(worker(wire(2)), worker(wire(2)));
            for (Future<Void> done : threads.invokeAll(workers)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }

        for (Case moved : held) {
            assertThat(now(moved).assignee()).isEmpty();
            assertThat(events(moved).stream().filter(e -> e instanceof CaseReassigned).count()).isEqualTo(1);
        }
        assertThat(sendEmailsTo("ada@example.test")).hasSize(1);
        assertThat(sendEmailsTo("cy@example.test")).hasSize(1);
    }

    private Callable<Void> worker(Casework process) {
        return () -> {
            moveAll(process);
            return null;
        };
    }

    private Casework wire(int batchSize) {
        Casework.Settings base = pg.wiring.settings();
        return Casework.wire(pg.wiring.ports(new SmtpNotifier(new SmtpSettings("127.0.0.1", port, "", "", false, null,
                        2000), new EmailRenderer(null, null)), Telemetry.NONE),
                new Casework.Settings(clock, base.publicUrl(), base.caseUrlTemplate(),
                        base.startupProgramAssignCaseMonthlyLimit(), base.runLease(), base.emailRetries(),
                        base.runBatchSize(), base.runBatchPerOrganization(), base.webhookRetries(),
                        base.allowInsecureWebhooks(), batchSize));
    }

    private static void moveAll(Casework process) {
        for (int rounds = 0; process.reassigner().moveNextBatch(); rounds++) {
            assertThat(rounds).as("the jobs end").isLessThan(1000);
        }
    }

    private void runAll() {
        while (api.workflowRunner().runBatch("test-worker") > 0) {
            // until no run is queued
        }
    }

    private StaffMember member(String name) {
        return api.createStaffMember().create(new CreateStaffMemberCommand(org,
                new Email(name.toLowerCase() + "@example.test"), name, Role.REVIEWER));
    }

    private void setting(OnUnavailable onUnavailable) {
        api.changeOrganizationSettings().change(new ChangeOrganizationSettingsCommand(org, Optional.of(onUnavailable),
                Optional.empty()));
    }

    private void update(StaffMember member, Optional<Availability> availability, Optional<StaffStatus> status) {
        api.updateStaffMember().update(new UpdateStaffMemberCommand(org, member.id(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), availability, status, Optional.empty()));
    }

    private void outOfOffice(StaffMember member, Instant startsAt, Instant endsAt) {
        api.setOutOfOffice().set(new SetOutOfOfficeCommand(org, member.id(), OptionalLong.empty(),
                OutOfOffice.of(List.of(new OutOfOfficeWindow(startsAt, endsAt, null)))));
    }

    private List<Case> assignThroughTeam(int count) {
        List<Case> assigned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assigned.add(api.assignCase().assign(new AssignCaseCommand(org, actor, newCase().id(),
                    new AssignmentTarget(AssignmentTarget.AssigneeType.TEAM, team.id().value(),
                            AssignmentTarget.TeamStrategy.ROUND_ROBIN))));
        }
        return assigned;
    }

    private Case assignDirectly(StaffMember member) {
        return assignDirectly(member, "ato");
    }

    private Case assignDirectly(StaffMember member, String caseType) {
        return api.assignCase().assign(new AssignCaseCommand(org, actor, newCase(caseType).id(),
                new AssignmentTarget(AssignmentTarget.AssigneeType.INDIVIDUAL, member.id().value(), null)));
    }

    private Case newCase() {
        return newCase("ato");
    }

    private Case newCase(String caseType) {
        return api.createCase().create(new CreateCaseCommand(org, actor, new CaseType(caseType), null, null, Map.of(),
                List.of()));
    }

    private Workflow publishRoundRobin() {
        StepDefinition assign = InMemoryCasework.assignStep("assign", AssignmentTarget.AssigneeType.TEAM,
                team.id().value(), "round_robin", false);
        Workflow draft = api.createWorkflow().create(org, new WorkflowDraft("Route",
                new Trigger(Trigger.Event.CASE_CREATED, List.of(new CaseType("ato"))), List.of(assign)));
        return api.publishWorkflow().publish(org, draft.id());
    }

    private static List<Case> heldBy(List<Case> cases, StaffMember member) {
        return cases.stream().filter(c -> c.assignee().equals(Optional.of(Assignee.staffMember(member.id()))))
                .toList();
    }

    private Case now(Case aCase) {
        return api.cases().get(org, aCase.id());
    }

    private List<CaseEvent> events(Case aCase) {
        return api.cases().events(org, aCase.id(), PageRequest.first(100)).items().stream()
                .map(CaseEventView::event).toList();
    }

    private void assertReassignedOnce(Case aCase, CaseReassigned.Reason reason, Optional<Assignee> to) {
        List<CaseReassigned> reassigned = events(aCase).stream().filter(e -> e instanceof CaseReassigned)
                .map(CaseReassigned.class::cast).toList();
        assertThat(reassigned).hasSize(1);
        assertThat(reassigned.get(0).reason()).isEqualTo(reason);
        assertThat(reassigned.get(0).previousAssignee()).isEqualTo(aCase.assignee().orElseThrow());
        assertThat(reassigned.get(0).assignee()).isEqualTo(to);
        assertThat(reassigned.get(0).actor().type()).isEqualTo(Actor.Type.SYSTEM);
    }

    private List<NotificationView> notifications(Case aCase) {
        return api.notifications().list(org, Optional.of(aCase.id()), Optional.empty(), PageRequest.first(20))
                .items();
    }

    /** The digests received for {@code address}, after sending every email due. */
    private List<MimeMessage> sendEmailsTo(String address) throws Exception {
        if (!smtp.isRunning()) {
            smtp.start();
        }
        api.emailSender().sendDue(100);
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().contains(address)
                    && message.getSubject().contains("reassigned")) {
                to.add(message);
            }
        }
        return to;
    }

    private static <T> List<T> append(List<T> list, T one) {
        List<T> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
