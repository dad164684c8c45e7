package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.in.CaseEventView;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.AssignmentExplanation.Considered;
import io.casework.domain.cases.AssignmentExplanation.PassedOver;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseCreated;
import io.casework.domain.cases.CaseEvent;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.CaseUnassigned;
import io.casework.domain.cases.CaseUpdated;
import io.casework.domain.cases.CaseUpdated.Change;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link CaseTimeline} must do. Extend it with factories for your adapter. */
public abstract class CaseTimelineContract extends PortContract {
    /** Cases must exist before their events are stored (foreign keys). */
    protected abstract CaseRepository cases();

    protected abstract CaseTimeline timeline();

    private CaseId storedCase(OrganizationId organizationId) {
        Case aCase = aCase(organizationId).build();
        cases().add(aCase);
        return aCase.id();
    }

    private CaseEventView anEvent(CaseId caseId, Instant at) {
        return new CaseEventView(ids.next("evt_"), caseId, new CaseAssigned(Optional.empty(),
                Assignee.staffMember(new StaffMemberId("stf_2")), new AssignmentExplanation.LeastLoaded(
                        new TeamId("team_1"), List.of(new Considered(new StaffMemberId("stf_1"), 2, null,
                                Optional.of(PassedOver.AT_CAPACITY)),
                        new Considered(new StaffMemberId("stf_2"), 0, null, Optional.empty()))),
                Actor.workflowRun("wfr_7"), at));
    }

    private CaseEventView anEvent(CaseId caseId) {
        return anEvent(caseId, clock.instant());
    }

    private static Position position(CaseEventView event) {
        return new Position(event.event().occurredAt(), event.id());
    }

    @Test
    void listsACasesEventsOldestFirstAsTheyWereAppended() {
        OrganizationId org = storedOrganization();
        CaseId caseId = storedCase(org);
        CaseEventView created = new CaseEventView(ids.next("evt_"), caseId, new CaseCreated(
                new CaseType("account_takeover"), Priority.NORMAL, Actor.apiKey("key_1"), clock.instant()));
        CaseEventView assigned = anEvent(caseId);
        CaseEventView unassigned = new CaseEventView(ids.next("evt_"), caseId, new CaseUnassigned(
                Assignee.team(new TeamId("team_1")), new Actor(Actor.Type.SYSTEM, "casework"), clock.instant()));

        timeline().append(org, List.of(created, assigned));
        timeline().append(org, List.of(unassigned));

        assertThat(timeline().list(org, caseId, 10, Optional.empty())).containsExactly(created, assigned, unassigned);
    }

    @Test
    void findsTheLatestAssignmentOfACaseAmongItsEvents() {
        OrganizationId org = storedOrganization();
        CaseId caseId = storedCase(org);
        CaseId otherCase = storedCase(org);
        CaseEventView first = anEvent(caseId);
        CaseEventView latest = anEvent(caseId, clock.instant().plusSeconds(60));
        CaseEventView unassigned = new CaseEventView(ids.next("evt_"), caseId, new CaseUnassigned(
                Assignee.team(new TeamId("team_1")), Actor.apiKey("key_1"), clock.instant()));
        timeline().append(org, List.of(first, latest, unassigned, anEvent(otherCase)));

        assertThat(timeline().lastAssigned(org, caseId)).contains((CaseAssigned) latest.event());
        assertThat(timeline().lastAssigned(storedOrganization(), caseId)).isEmpty();
        assertThat(timeline().lastAssigned(org, storedCase(org))).isEmpty();
    }

    @Test
    void keepsEveryKindOfEventWithAllItsFacts() {
        OrganizationId org = storedOrganization();
        CaseId caseId = storedCase(org);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("nested", Map.of("list", Arrays.asList("at_capacity", null, 3.25, 7_000_000_000L, true)));
        attributes.put("none", null);
        Actor actor = Actor.apiKey("key_1");
        Instant now = clock.instant();
        List<CaseEvent> events = List.of(
                new CaseAssigned(Optional.of(Assignee.team(new TeamId("team_1"))),
                        Assignee.staffMember(new StaffMemberId("stf_1")), new AssignmentExplanation.Direct(), actor,
                        now),
                new CaseAssigned(Optional.of(Assignee.staffMember(new StaffMemberId("stf_1"))),
                        Assignee.team(new TeamId("team_1")), new AssignmentExplanation.TeamQueue(
                                List.of(new StaffMemberId("stf_1"), new StaffMemberId("stf_2"))), actor, now),
                new CaseAssigned(Optional.empty(), Assignee.staffMember(new StaffMemberId("stf_3")),
                        new AssignmentExplanation.RoundRobin(new TeamId("team_1"), List.of(
                                new Considered(new StaffMemberId("stf_1"), 0, null, Optional.of(PassedOver.DEACTIVATED)),
                                new Considered(new StaffMemberId("stf_2"), 4, null, Optional.of(PassedOver.AWAY)),
                                new Considered(new StaffMemberId("stf_3"), 1, 3, Optional.empty()),
                                new Considered(new StaffMemberId("stf_4"), 0, null,
                                        Optional.of(PassedOver.NOT_NEXT_IN_ROTATION)))), actor, now),
                new CaseAssigned(Optional.empty(), Assignee.staffMember(new StaffMemberId("stf_3")),
                        new AssignmentExplanation.LeastLoaded(new TeamId("team_1"), List.of(
                                new Considered(new StaffMemberId("stf_1"), 5, null, Optional.of(PassedOver.MORE_LOADED)),
                                new Considered(new StaffMemberId("stf_3"), 1, null, Optional.empty()))), actor, now),
                new CaseUpdated(Optional.of(new Change<>(CaseStatus.OPEN, CaseStatus.RESOLVED)),
                        Optional.of(new Change<>(null, "approved")),
                        Optional.of(new Change<>(Priority.LOW, Priority.URGENT)),
                        Optional.of(new Change<>(List.of(), List.of("ato", "vip"))),
                        Optional.of(new Change<>(Map.of(), attributes)), actor, now),
                new CaseUpdated(Optional.of(new Change<>(CaseStatus.RESOLVED, CaseStatus.PENDING)),
                        Optional.of(new Change<>("approved", null)), Optional.empty(), Optional.empty(),
                        Optional.empty(), actor, now));
        List<CaseEventView> stored = events.stream()
                .map(event -> new CaseEventView(ids.next("evt_"), caseId, event))
                .toList();

        timeline().append(org, stored);

        assertThat(timeline().list(org, caseId, 10, Optional.empty())).containsExactlyElementsOf(stored);
    }

    @Test
    void keepsTheOrderOfAppendsWhateverTheirTimesAndIds() {
        OrganizationId org = storedOrganization();
        CaseId caseId = storedCase(org);
        Instant now = clock.instant();
        CaseEventView first = anEvent(caseId, now);
        CaseEventView second = anEvent(caseId, now);
        CaseEventView third = anEvent(caseId, now.minusSeconds(1));

        timeline().append(org, List.of(third, first));
        timeline().append(org, List.of(second));

        assertThat(timeline().list(org, caseId, 10, Optional.empty())).containsExactly(third, first, second);
        assertThat(timeline().list(org, caseId, 10, Optional.of(position(third)))).containsExactly(first, second);
    }

    @Test
    void pagesOldestFirstWithoutLossOrRepeat() {
        OrganizationId org = storedOrganization();
        CaseId caseId = storedCase(org);
        List<CaseEventView> appended = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CaseEventView event = anEvent(caseId);
            timeline().append(org, List.of(event));
            appended.add(event);
        }

        List<List<CaseEventView>> pages = pages(2, (limit, after) -> timeline().list(org, caseId, limit, after),
                CaseTimelineContract::position);

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(appended);
    }

    @Test
    void listsOnlyTheCasesOwnEventsAndOnlyToItsOrganization() {
        OrganizationId org = storedOrganization();
        CaseId caseId = storedCase(org);
        CaseId otherCase = storedCase(org);
        CaseEventView mine = anEvent(caseId);
        timeline().append(org, List.of(anEvent(otherCase), mine, anEvent(otherCase)));

        assertThat(timeline().list(org, caseId, 10, Optional.empty())).containsExactly(mine);
        assertThat(timeline().list(storedOrganization(), caseId, 10, Optional.empty())).isEmpty();
    }

    @Test
    void aPositionThatIsNoEventOfThisTimelineListsNothing() {
        OrganizationId org = storedOrganization();
        CaseId caseId = storedCase(org);
        CaseId otherCase = storedCase(org);
        CaseEventView elsewhere = anEvent(otherCase);
        timeline().append(org, List.of(elsewhere));
        timeline().append(org, List.of(anEvent(caseId), anEvent(caseId)));

        assertThat(timeline().list(org, caseId, 10, Optional.of(position(elsewhere)))).isEmpty();
        assertThat(timeline().list(org, caseId, 10, Optional.of(new Position(clock.instant(), ids.next("evt_")))))
                .isEmpty();
    }
}
