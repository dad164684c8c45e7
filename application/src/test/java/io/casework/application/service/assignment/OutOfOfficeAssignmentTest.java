package io.casework.application.service.assignment;

import static io.casework.application.port.in.AssignmentTarget.AssigneeType.INDIVIDUAL;
import static io.casework.application.port.in.AssignmentTarget.AssigneeType.TEAM;
import static io.casework.application.testing.InMemoryCasework.assignStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.AssignmentTarget.TeamStrategy;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.in.NotificationView;
import io.casework.application.port.in.SetOutOfOfficeCommand;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.testing.InMemoryCasework;
import io.casework.domain.assignee.OutOfOffice;
import io.casework.domain.assignee.OutOfOfficeWindow;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.shared.DomainException;
import io.casework.domain.workflow.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A member out of office is passed over as an away one is, by every strategy and by the team queue's emails, and
 * only while a window lasts: the clock at assignment time decides, nothing runs at a window's edges.
 */
class OutOfOfficeAssignmentTest {
    private final InMemoryCasework casework = new InMemoryCasework();
    private final OrganizationId org = casework.organization(Plan.GROWTH);
    private final StaffMember ada = casework.staffMember(org, "Ada");
    private final StaffMember bob = casework.staffMember(org, "Bob");
    private final Team team = casework.team(org, ada, bob);

    @Test
    void roundRobinSkipsAMemberOutOfOfficeNowUntilTheWindowEnds() {
        Instant now = casework.clock.instant();
        outOfOffice(ada, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));

        assertThat(assigneeOf(assign(TeamStrategy.ROUND_ROBIN))).isEqualTo(bob.id().value());
        assertThat(assigneeOf(assign(TeamStrategy.ROUND_ROBIN))).as("Ada's turn, but she is out")
                .isEqualTo(bob.id().value());

        casework.clock.advance(Duration.ofHours(1));
        assertThat(assigneeOf(assign(TeamStrategy.ROUND_ROBIN))).as("the window has ended")
                .isEqualTo(ada.id().value());
    }

    @Test
    void aWindowInTheFutureChangesNothingYet() {
        Instant now = casework.clock.instant();
        outOfOffice(ada, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));

        assertThat(assigneeOf(assign(TeamStrategy.ROUND_ROBIN))).isEqualTo(ada.id().value());

        casework.clock.advance(Duration.ofDays(1));
        assertThat(assigneeOf(assign(TeamStrategy.ROUND_ROBIN))).isEqualTo(bob.id().value());
        assertThat(assigneeOf(assign(TeamStrategy.ROUND_ROBIN))).as("now within the window")
                .isEqualTo(bob.id().value());
    }

    @Test
    void leastLoadedPassesOverTheLessLoadedMemberWhoIsOutOfOffice() {
        assign(new AssignmentTarget(INDIVIDUAL, bob.id().value(), null));
        Instant now = casework.clock.instant();
        outOfOffice(ada, now, now.plus(Duration.ofHours(1)));

        assertThat(assigneeOf(assign(TeamStrategy.LEAST_LOADED))).isEqualTo(bob.id().value());
    }

    @Test
    void anIndividualOutOfOfficeIsUnavailableAndSaidToBe() {
        Instant now = casework.clock.instant();
        outOfOffice(ada, now, now.plus(Duration.ofHours(1)));

        assertThatThrownBy(() -> assign(new AssignmentTarget(INDIVIDUAL, ada.id().value(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("is out of office")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("assignee_unavailable");
    }

    @Test
    void aTeamQueueDoesNotEmailAMemberOutOfOffice() {
        Instant now = casework.clock.instant();
        outOfOffice(ada, now, now.plus(Duration.ofHours(1)));

        Case queued = assign(TeamStrategy.TEAM_QUEUE);

        assertThat(casework.outbox.list(org, Optional.of(queued.id()), Optional.empty(), 100, Optional.empty()))
                .extracting(NotificationView::staffMemberId).containsExactly(bob.id());
    }

    @Test
    void theWorkflowEngineSkipsAMemberOutOfOfficeToo() {
        Instant now = casework.clock.instant();
        outOfOffice(bob, now, now.plus(Duration.ofHours(1)));
        casework.publishedWorkflow(org, new Trigger(Trigger.Event.CASE_CREATED, List.of(new CaseType("ato"))),
                assignStep("assign", TEAM, team.id().value(), "round_robin", false));

        Case first = casework.newCase(org, "ato");
        Case second = casework.newCase(org, "ato");
        casework.drainRuns();

        assertThat(List.of(first, second)).extracting(c -> assigneeOf(casework.useCases.cases().get(org, c.id())))
                .containsExactly(ada.id().value(), ada.id().value());
    }

    @Test
    void settingWindowsReplacesThemAndHonoursTheVersionAndTheOrganization() {
        Instant now = casework.clock.instant();
        outOfOffice(ada, now, now.plus(Duration.ofHours(1)));
        StaffMember replaced = casework.useCases.setOutOfOffice().set(new SetOutOfOfficeCommand(org, ada.id(),
                OptionalLong.of(2), OutOfOffice.NONE));

        assertThat(replaced.outOfOffice().windows()).isEmpty();
        assertThat(replaced.version()).isEqualTo(3);
        assertThatThrownBy(() -> casework.useCases.setOutOfOffice().set(new SetOutOfOfficeCommand(org, ada.id(),
                OptionalLong.of(2), OutOfOffice.NONE))).isInstanceOf(StaleVersionException.class);
        OrganizationId other = casework.organization(Plan.GROWTH);
        assertThatThrownBy(() -> casework.useCases.setOutOfOffice().set(new SetOutOfOfficeCommand(other, ada.id(),
                OptionalLong.empty(), OutOfOffice.NONE))).isInstanceOf(NotFoundException.class);
    }

    private void outOfOffice(StaffMember member, Instant startsAt, Instant endsAt) {
        casework.useCases.setOutOfOffice().set(new SetOutOfOfficeCommand(org, member.id(), OptionalLong.empty(),
                OutOfOffice.of(List.of(new OutOfOfficeWindow(startsAt, endsAt, "Leave")))));
    }

    private Case assign(TeamStrategy strategy) {
        return assign(new AssignmentTarget(TEAM, team.id().value(), strategy));
    }

    private Case assign(AssignmentTarget target) {
        return casework.useCases.assignCase().assign(new AssignCaseCommand(org, Actor.apiKey("key_test"),
                casework.newCase(org, "onboarding").id(), target));
    }

    private static String assigneeOf(Case aCase) {
        return aCase.assignee().orElseThrow().id();
    }
}
