package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseEvent;
import io.casework.domain.cases.CaseId;
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
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("previous_assignee", null);
        data.put("assignee", Map.of("type", "staff_member", "id", "stf_1"));
        data.put("candidates", List.of(Map.of("staff_member_id", "stf_1", "active_cases", 2),
                Arrays.asList("at_capacity", null, 3.25, 7_000_000_000L)));
        return new CaseEventView(ids.next("evt_"), caseId,
                new CaseEvent(CaseEvent.Type.ASSIGNED, Actor.workflowRun("wfr_7"), data, at));
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
        CaseEventView created = new CaseEventView(ids.next("evt_"), caseId, new CaseEvent(CaseEvent.Type.CREATED,
                Actor.apiKey("key_1"), Map.of("case_type", "account_takeover", "priority", "normal"), clock.instant()));
        CaseEventView assigned = anEvent(caseId);
        CaseEventView unassigned = new CaseEventView(ids.next("evt_"), caseId, new CaseEvent(CaseEvent.Type.UNASSIGNED,
                new Actor(Actor.Type.SYSTEM, "casework"), Map.of(), clock.instant()));

        timeline().append(org, List.of(created, assigned));
        timeline().append(org, List.of(unassigned));

        assertThat(timeline().list(org, caseId, 10, Optional.empty())).containsExactly(created, assigned, unassigned);
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
