package io.casework.application.service.assignment;

import static io.casework.application.port.in.AssignmentTarget.AssigneeType.INDIVIDUAL;
import static io.casework.application.port.in.AssignmentTarget.AssigneeType.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.AssignmentTarget.TeamStrategy;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.in.CaseQueries;
import io.casework.application.port.in.ConflictException;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.NotificationView;
import io.casework.application.port.in.UpdateCaseCommand;
import io.casework.application.port.out.Notifier;
import io.casework.application.testing.InMemoryCasework;
import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.AssignmentExplanation.Considered;
import io.casework.domain.cases.AssignmentExplanation.PassedOver;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.CaseCreated;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseUnassigned;
import io.casework.domain.cases.CaseUpdated;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.shared.DomainException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CaseAssignmentTest {
    private final InMemoryCasework casework = new InMemoryCasework();
    private final OrganizationId org = casework.organization(Plan.GROWTH);
    private final Actor actor = Actor.apiKey("key_test");

    private Case assign(Case aCase, AssignmentTarget target) {
        return casework.useCases.assignCase().assign(new AssignCaseCommand(org, actor, aCase.id(), target));
    }

    private static AssignmentTarget team(Team team, TeamStrategy strategy) {
        return new AssignmentTarget(TEAM, team.id().value(), strategy);
    }

    @Test
    void roundRobinGivesEachMemberATurnInOrder() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember bob = casework.staffMember(org, "Bob");
        StaffMember cy = casework.staffMember(org, "Cy");
        Team team = casework.team(org, ada, bob, cy);

        List<String> picked = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            picked.add(assign(casework.newCase(org, "ato"), team(team, TeamStrategy.ROUND_ROBIN))
                    .assignee().orElseThrow().id());
        }

        assertThat(picked).containsExactly(ada.id().value(), bob.id().value(), cy.id().value(), ada.id().value(),
                bob.id().value(), cy.id().value());
    }

    @Test
    void roundRobinSkipsAnAwayMemberAndRecordsWhy() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember bob = casework.staffMember(org, "Bob");
        Team team = casework.team(org, ada, bob);
        awayOf(ada);

        Case assigned = assign(casework.newCase(org, "ato"), team(team, TeamStrategy.ROUND_ROBIN));

        assertThat(assigned.assignee().orElseThrow().id()).isEqualTo(bob.id().value());
        CaseAssigned event = (CaseAssigned) lastEvent(assigned).event();
        assertThat(event.why()).isEqualTo(new AssignmentExplanation.RoundRobin(team.id(), List.of(
                new Considered(ada.id(), 0, null, Optional.of(PassedOver.AWAY)),
                new Considered(bob.id(), 0, null, Optional.empty()))));
    }

    @Test
    void aMemberAtCapacityIsPassedOverAndAFullTeamHasNoEligibleAssignee() {
        StaffMember ada = casework.staffMember(org, "Ada");
        limit(ada, 1);
        Team team = casework.team(org, ada);

        assign(casework.newCase(org, "ato"), team(team, TeamStrategy.ROUND_ROBIN));

        assertThatThrownBy(() -> assign(casework.newCase(org, "ato"), team(team, TeamStrategy.LEAST_LOADED)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("no_eligible_assignee");
    }

    @Test
    void resolvedCasesFreeCapacity() {
        StaffMember ada = casework.staffMember(org, "Ada");
        limit(ada, 1);
        Case first = assign(casework.newCase(org, "ato"), new AssignmentTarget(INDIVIDUAL, ada.id().value(), null));
        resolve(first);

        Case second = assign(casework.newCase(org, "ato"), new AssignmentTarget(INDIVIDUAL, ada.id().value(), null));

        assertThat(second.assignee().orElseThrow().id()).isEqualTo(ada.id().value());
    }

    @Test
    void leastLoadedPicksTheMemberWithFewestActiveCasesThenTheOneAssignedLongestAgo() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember bob = casework.staffMember(org, "Bob");
        Team team = casework.team(org, ada, bob);
        assign(casework.newCase(org, "ato"), new AssignmentTarget(INDIVIDUAL, ada.id().value(), null));

        Case toBob = assign(casework.newCase(org, "ato"), team(team, TeamStrategy.LEAST_LOADED));
        resolve(toBob);
        Case tie = assign(casework.newCase(org, "ato"), team(team, TeamStrategy.LEAST_LOADED));

        assertThat(toBob.assignee().orElseThrow().id()).isEqualTo(bob.id().value());
        // Ada still holds one case, Bob's was resolved: Bob is less loaded again
        assertThat(tie.assignee().orElseThrow().id()).isEqualTo(bob.id().value());
    }

    @Test
    void leastLoadedBreaksTiesByWhoWasAssignedLongestAgo() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember bob = casework.staffMember(org, "Bob");
        Team team = casework.team(org, ada, bob);
        resolve(assign(casework.newCase(org, "ato"), new AssignmentTarget(INDIVIDUAL, bob.id().value(), null)));
        resolve(assign(casework.newCase(org, "ato"), new AssignmentTarget(INDIVIDUAL, ada.id().value(), null)));

        Case tie = assign(casework.newCase(org, "ato"), team(team, TeamStrategy.LEAST_LOADED));

        assertThat(tie.assignee().orElseThrow().id()).isEqualTo(bob.id().value());
    }

    @Test
    void anIndividualWhoIsAwayIsUnavailable() {
        StaffMember ada = casework.staffMember(org, "Ada");
        awayOf(ada);

        assertThatThrownBy(() -> assign(casework.newCase(org, "ato"),
                new AssignmentTarget(INDIVIDUAL, ada.id().value(), null)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("assignee_unavailable");
    }

    @Test
    void anAssigneeOfAnotherOrganizationIsNotFound() {
        OrganizationId other = casework.organization(Plan.GROWTH);
        StaffMember stranger = casework.staffMember(other, "Eve");

        assertThatThrownBy(() -> assign(casework.newCase(org, "ato"),
                new AssignmentTarget(INDIVIDUAL, stranger.id().value(), null)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("assignee_not_found");
        assertThatThrownBy(() -> assign(casework.newCase(org, "ato"),
                new AssignmentTarget(TEAM, "team_nosuchteam", TeamStrategy.TEAM_QUEUE)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("assignee_not_found");
    }

    @Test
    void aResolvedCaseCannotBeAssigned() {
        StaffMember ada = casework.staffMember(org, "Ada");
        Case aCase = casework.newCase(org, "ato");
        resolve(aCase);

        assertThatThrownBy(() -> assign(aCase, new AssignmentTarget(INDIVIDUAL, ada.id().value(), null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aTeamQueueHoldsTheCaseAndTellsEveryReachableMember() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember bob = casework.staffMember(org, "Bob");
        StaffMember cy = casework.staffMember(org, "Cy");
        awayOf(cy);
        Team team = casework.team(org, ada, bob, cy);

        Case assigned = assign(casework.newCase(org, "ato"), team(team, TeamStrategy.TEAM_QUEUE));

        assertThat(assigned.assignee().orElseThrow().id()).isEqualTo(team.id().value());
        assertThat(notifications(assigned)).extracting(NotificationView::staffMemberId)
                .containsExactlyInAnyOrder(ada.id(), bob.id());
        assertThat(casework.outbox.claimDue(casework.clock.instant(), 10))
                .extracting(n -> n.email().teamName())
                .containsExactly(team.name(), team.name());
    }

    @Test
    void aReassignmentTellsTheNewAssigneeAndThePreviousOneOnce() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember bob = casework.staffMember(org, "Bob");
        Case aCase = assign(casework.newCase(org, "ato"), new AssignmentTarget(INDIVIDUAL, ada.id().value(), null));

        assign(aCase, new AssignmentTarget(INDIVIDUAL, bob.id().value(), null));
        assign(aCase, new AssignmentTarget(INDIVIDUAL, bob.id().value(), null));

        Map<String, Integer> perRecipient = new HashMap<>();
        notifications(aCase).forEach(n -> perRecipient.merge(n.staffMemberId().value(), 1, Integer::sum));
        assertThat(perRecipient).containsEntry(ada.id().value(), 2).containsEntry(bob.id().value(), 1);
    }

    @Test
    void theEmailSenderDeliversTheAssigneesNoticeWithALinkToTheCase() {
        StaffMember ada = casework.staffMember(org, "Ada");
        Case aCase = assign(casework.newCase(org, "ato"), new AssignmentTarget(INDIVIDUAL, ada.id().value(), null));

        assertThat(casework.useCases.emailSender().sendDue(10)).isEqualTo(1);

        assertThat(casework.notifier.sent()).singleElement().satisfies(email -> {
            assertThat(email.recipient().email()).isEqualTo(ada.email().value());
            assertThat(email.caseUrl()).isEqualTo("https://backoffice.example.test/cases/" + aCase.id().value());
            assertThat(email.organizationName()).isEqualTo("Acme");
        });
        assertThat(notifications(aCase)).extracting(NotificationView::status)
                .containsExactly(NotificationView.Status.SENT);
    }

    @Test
    void aStaffMemberAssigningInTheDashboardIsNamedInTheEventAndTheEmail() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember grace = casework.staffMember(org, "Grace");
        Actor byGrace = Actor.staffMember(grace.id().value());
        Case aCase = casework.newCase(org, "ato");

        casework.useCases.assignCase().assign(new AssignCaseCommand(org, byGrace, aCase.id(),
                new AssignmentTarget(INDIVIDUAL, ada.id().value(), null)));
        casework.useCases.emailSender().sendDue(10);

        assertThat(queries().events(org, aCase.id(), PageRequest.first(100)).items())
                .filteredOn(e -> e.event() instanceof CaseAssigned).singleElement()
                .satisfies(e -> assertThat(e.event().actor()).isEqualTo(byGrace));
        assertThat(casework.notifier.sent()).singleElement()
                .satisfies(email -> assertThat(email.changedBy()).isEqualTo(new Notifier.ChangedBy.StaffMember("Grace")));
        casework.useCases.unassignCase().unassign(org, byGrace, aCase.id());
        assertThat(queries().get(org, aCase.id()).assignee()).isEmpty();
    }

    /** People read a key's name, which they chose; its id tells them nothing. */
    @Test
    void aClientOfTheApiIsNamedInTheEmailByItsKeysName() {
        StaffMember ada = casework.staffMember(org, "Ada");
        ApiKeyId key = casework.useCases.createApiKey().create(org, "Zapier sync").key().id();
        Case aCase = casework.newCase(org, "ato");

        casework.useCases.assignCase().assign(new AssignCaseCommand(org, Actor.apiKey(key.value()), aCase.id(),
                new AssignmentTarget(INDIVIDUAL, ada.id().value(), null)));
        casework.useCases.unassignCase().unassign(org, Actor.apiKey(key.value()), aCase.id());
        casework.useCases.emailSender().sendDue(10);

        assertThat(casework.notifier.sent()).hasSize(2).allSatisfy(email -> assertThat(email.changedBy())
                .isEqualTo(new Notifier.ChangedBy.ApiKey(key, "Zapier sync")));
    }

    @Test
    void everyAssignmentIsCountedByStrategyAndOutcome() {
        StaffMember ada = casework.staffMember(org, "Ada");
        StaffMember bob = casework.staffMember(org, "Bob");
        Team team = casework.team(org, ada, bob);
        assign(casework.newCase(org, "ato"), new AssignmentTarget(INDIVIDUAL, ada.id().value(), null));
        assign(casework.newCase(org, "ato"), team(team, TeamStrategy.ROUND_ROBIN));
        Case refused = casework.newCase(org, "ato");

        assertThatThrownBy(() -> assign(refused, new AssignmentTarget(INDIVIDUAL, "stf_nobody", null)))
                .isInstanceOf(DomainException.class);

        assertThat(casework.telemetry.lines()).filteredOn(line -> line.startsWith("assignment")).containsExactly(
                "assignment individual assigned", "assignment round_robin assigned",
                "assignment individual assignee_not_found");
    }

    @Test
    void everyChangeIsOnTheTimelineInOrder() {
        StaffMember ada = casework.staffMember(org, "Ada");
        Case aCase = assign(casework.newCase(org, "ato"), new AssignmentTarget(INDIVIDUAL, ada.id().value(), null));
        casework.useCases.unassignCase().unassign(org, actor, aCase.id());
        resolve(aCase);

        assertThat(queries().events(org, aCase.id(), PageRequest.first(100)).items())
                .<Class<?>>extracting(e -> e.event().getClass())
                .containsExactly(CaseCreated.class, CaseAssigned.class, CaseUnassigned.class, CaseUpdated.class);
    }

    private void awayOf(StaffMember member) {
        casework.useCases.updateStaffMember().update(
                new io.casework.application.port.in.UpdateStaffMemberCommand(org, member.id(), OptionalLong.empty(),
                        Optional.empty(), Optional.empty(), Optional.of(Availability.AWAY), Optional.empty(),
                        Optional.empty()));
    }

    private void limit(StaffMember member, int max) {
        casework.useCases.updateStaffMember().update(
                new io.casework.application.port.in.UpdateStaffMemberCommand(org, member.id(), OptionalLong.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(Optional.of(max))));
    }

    private void resolve(Case aCase) {
        casework.useCases.updateCase().update(new UpdateCaseCommand(org, actor, aCase.id(), OptionalLong.empty(),
                new CaseChange(Optional.of(CaseStatus.RESOLVED), Optional.of(Optional.of("approved")),
                        Optional.empty(), Optional.empty(), Optional.empty())));
    }

    private CaseQueries queries() {
        return casework.useCases.cases();
    }

    private CaseEventView lastEvent(Case aCase) {
        List<CaseEventView> events = queries().events(org, aCase.id(), PageRequest.first(100)).items();
        return events.get(events.size() - 1);
    }

    private List<NotificationView> notifications(Case aCase) {
        return casework.outbox.list(org, Optional.of(aCase.id()), Optional.empty(), 100, Optional.empty());
    }
}
