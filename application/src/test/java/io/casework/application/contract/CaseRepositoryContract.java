package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.CaseFilter;
import io.casework.application.port.in.SlaFilter;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.testing.CaseBuilder;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseSla;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.cases.Subject;
import io.casework.domain.organization.OrganizationId;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link CaseRepository} must do. Extend it with factories for your adapter. */
public abstract class CaseRepositoryContract extends PortContract {
    private static final Actor ACTOR = Actor.apiKey("key_contract");

    protected abstract CaseRepository cases();

    private Case stored(CaseBuilder builder) {
        Case aCase = builder.build();
        cases().add(aCase);
        return aCase;
    }

    private Assignee aStaffMember() {
        return Assignee.staffMember(new StaffMemberId(ids.next("stf_")));
    }

    private static void assertSameState(Case found, Case expected) {
        assertThat(found).usingRecursiveComparison().ignoringFields("pendingEvents", "changed", "loadedVersion")
                .isEqualTo(expected);
        assertThat(found.loadedVersion()).isEqualTo(expected.version());
    }

    private static CaseChange change(Optional<CaseStatus> status, Optional<Optional<String>> resolution,
                                     Optional<Priority> priority, Optional<List<String>> tags,
                                     Optional<Map<String, Object>> attributes) {
        return new CaseChange(status, resolution, priority, tags, attributes);
    }

    private static CaseFilter filter(CaseStatus status, String caseType, String assigneeId) {
        return new CaseFilter(Optional.ofNullable(status), Optional.ofNullable(caseType).map(CaseType::new),
                Optional.ofNullable(assigneeId), Optional.empty(), Optional.empty());
    }

    private List<CaseId> listed(OrganizationId org, CaseFilter filter) {
        return cases().list(org, filter, 100, Optional.empty()).stream().map(Case::id).toList();
    }

    @Test
    void findsAStoredCaseWithEveryPart() {
        OrganizationId org = storedOrganization();
        Case aCase = stored(aCase(org).ofType("account_takeover").withPriority(Priority.URGENT)
                .about(new Subject("user-123", "Ada Lovelace", new Email("Ada@Example.com")))
                .withAttributes(Map.of("country", "GB", "risk_score", 87))
                .taggedWith("ato", "vip", "ato-2")
                .assignedTo(aStaffMember()));

        Case found = cases().find(org, aCase.id()).orElseThrow();

        assertSameState(found, aCase);
        assertThat(found.assignment().orElseThrow().assignedBy()).isEqualTo(Actor.apiKey("key_test"));
        assertThat(found.tags()).containsExactly("ato", "vip", "ato-2");
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void keepsACasesSlaWithItsBreachesAndFiltersByThem() {
        OrganizationId org = storedOrganization();
        Case withSla = aCase(org).ofType("ato").build();
        withSla.applySla(new CaseSla("slap_1", withSla.createdAt().plusSeconds(600),
                withSla.createdAt().plusSeconds(3600), Set.of()));
        cases().add(withSla);
        Case without = stored(aCase(org).ofType("ato"));

        Case found = cases().find(org, withSla.id()).orElseThrow();
        assertSameState(found, withSla);
        Instant late = withSla.createdAt().plusSeconds(601);
        found.breachSla(SlaDeadline.ASSIGN_BY, ACTOR, late);
        cases().update(found);

        Case breached = cases().find(org, withSla.id()).orElseThrow();
        assertSameState(breached, found);
        assertThat(breached.sla().orElseThrow().breached()).containsExactly(SlaDeadline.ASSIGN_BY);
        assertThat(cases().find(org, without.id()).orElseThrow().sla()).isEmpty();
        assertThat(listed(org, CaseFilter.none().withSla(Optional.of(new SlaFilter.Breached()))))
                .containsExactly(withSla.id());
        assertThat(listed(org, CaseFilter.none().withSla(Optional.of(new SlaFilter.DueBy(late.plusSeconds(3000))))))
                .containsExactly(withSla.id());
        assertThat(listed(org, CaseFilter.none().withSla(Optional.of(new SlaFilter.DueBy(late))))).isEmpty();
    }

    @Test
    void addsCasesTogetherEachAsAddedAlone() {
        OrganizationId org = storedOrganization();
        OrganizationId other = storedOrganization();
        Case full = aCase(org).ofType("account_takeover").withPriority(Priority.URGENT)
                .about(new Subject("user-123", "Ada Lovelace", new Email("ada@example.com")))
                .withAttributes(Map.of("risk_score", 87)).taggedWith("ato").build();
        full.applySla(new CaseSla("slap_1", full.createdAt().plusSeconds(600), full.createdAt().plusSeconds(3600),
                Set.of()));
        Case bare = aCase(org).build();
        Case elsewhere = aCase(other).ofType("onboarding").build();

        cases().addAll(List.of(full, bare, elsewhere));

        assertSameState(cases().find(org, full.id()).orElseThrow(), full);
        assertSameState(cases().find(org, bare.id()).orElseThrow(), bare);
        assertSameState(cases().find(other, elsewhere.id()).orElseThrow(), elsewhere);
    }

    @Test
    void storesACaseWithoutSubjectAttributesTagsOrAssignee() {
        OrganizationId org = storedOrganization();
        Case aCase = stored(aCase(org));

        Case found = cases().find(org, aCase.id()).orElseThrow();

        assertSameState(found, aCase);
        assertThat(found.subject()).isNull();
        assertThat(found.attributes()).isEmpty();
        assertThat(found.tags()).isEmpty();
        assertThat(found.assignment()).isEmpty();
    }

    @Test
    void keepsASubjectWhosePartsAreAllAbsentApartFromNoSubject() {
        OrganizationId org = storedOrganization();
        Case aCase = stored(aCase(org).about(new Subject(null, null, null)));

        assertThat(cases().find(org, aCase.id()).orElseThrow().subject()).isEqualTo(new Subject(null, null, null));
    }

    /** Numbers come back as JSON readers make them: Integer, Long or BigInteger by size, Double for fractions. */
    @Test
    void keepsAttributesExactlyWithNumbersNestedObjectsAndNulls() {
        OrganizationId org = storedOrganization();
        Map<String, Object> deepest = new LinkedHashMap<>();
        deepest.put("list", Arrays.asList(1, "two", null, Map.of("three", 3.5), List.of(), false));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("int", 87);
        attributes.put("negative", -3);
        attributes.put("long", 5_000_000_000L);
        attributes.put("big", new BigInteger("123456789012345678901234567890"));
        attributes.put("fraction", 0.1);
        attributes.put("whole_double", 2.0);
        attributes.put("whole_double_in_e_notation", 12_345_678.0);
        attributes.put("huge", 1.5e300);
        attributes.put("tiny", -2.5e-300);
        attributes.put("yes", true);
        attributes.put("nothing", null);
        attributes.put("text", "Zoë \"quoted\" \\ ☃ \u0001");
        attributes.put("", "empty key");
        attributes.put("nested", Map.of("deeper", deepest, "empty", Map.of()));
        Case aCase = stored(aCase(org).withAttributes(attributes));

        Map<String, Object> found = cases().find(org, aCase.id()).orElseThrow().attributes();

        assertThat(found).isEqualTo(attributes);
        assertThat(found).containsEntry("nothing", null);
    }

    @Test
    void storesChangesMadeToTheLoadedVersion() {
        OrganizationId org = storedOrganization();
        Case aCase = stored(aCase(org).withAttributes(Map.of("country", "GB")).taggedWith("ato"));
        Case loaded = cases().find(org, aCase.id()).orElseThrow();

        loaded.update(change(Optional.of(CaseStatus.PENDING), Optional.empty(), Optional.of(Priority.HIGH),
                Optional.of(List.of("ato", "escalated")), Optional.of(Map.of("country", "FR", "score", 12))),
                ACTOR, clock.instant());
        loaded.assignTo(Assignee.team(new TeamId(ids.next("team_"))), Actor.workflowRun("wfr_1"), clock.instant(),
                new AssignmentExplanation.Direct());
        cases().update(loaded);

        Case found = cases().find(org, aCase.id()).orElseThrow();
        assertSameState(found, loaded);
        assertThat(found.loadedVersion()).isEqualTo(2);

        found.update(change(Optional.of(CaseStatus.RESOLVED), Optional.of(Optional.of("approved")), Optional.empty(),
                Optional.empty(), Optional.empty()), ACTOR, clock.instant());
        found.unassign(ACTOR, clock.instant());
        cases().update(found);

        Case resolved = cases().find(org, aCase.id()).orElseThrow();
        assertSameState(resolved, found);
        assertThat(resolved.resolution()).isEqualTo("approved");
        assertThat(resolved.resolvedAt()).isPresent().isEqualTo(found.resolvedAt());
        assertThat(resolved.assignment()).isEmpty();
        assertThat(resolved.loadedVersion()).isEqualTo(3);

        resolved.update(change(Optional.of(CaseStatus.OPEN), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), ACTOR, clock.instant());
        cases().update(resolved);

        assertThat(cases().find(org, aCase.id()).orElseThrow().resolvedAt()).isEmpty();
    }

    @Test
    void refusesAChangeMadeToAVersionSomeoneElseChangedSince() {
        OrganizationId org = storedOrganization();
        Case aCase = stored(aCase(org));
        Case mine = cases().find(org, aCase.id()).orElseThrow();
        Case theirs = cases().find(org, aCase.id()).orElseThrow();
        theirs.update(change(Optional.of(CaseStatus.PENDING), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), ACTOR, clock.instant());
        cases().update(theirs);

        mine.update(change(Optional.empty(), Optional.empty(), Optional.of(Priority.LOW), Optional.empty(),
                Optional.empty()), ACTOR, clock.instant());

        assertThatThrownBy(() -> cases().update(mine)).isInstanceOf(StaleVersionException.class);
        Case found = cases().find(org, aCase.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(CaseStatus.PENDING);
        assertThat(found.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void neverChangesACaseThroughAnotherOrganization() {
        OrganizationId org = storedOrganization();
        Case aCase = stored(aCase(org));
        Case impostor = Case.rehydrate(aCase.id(), storedOrganization(), aCase.type(), Priority.URGENT, null, Map.of(),
                List.of(), CaseStatus.OPEN, null, null, null, aCase.createdAt(), aCase.updatedAt(), aCase.version());
        impostor.update(change(Optional.of(CaseStatus.PENDING), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), ACTOR, clock.instant());

        assertThatThrownBy(() -> cases().update(impostor)).isInstanceOf(StaleVersionException.class);
        assertThat(cases().find(org, aCase.id()).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void findsNoCaseThatIsUnknownOrOfAnotherOrganizationForReadingOrUpdate() {
        OrganizationId org = storedOrganization();
        Case other = stored(aCase(storedOrganization()));
        CaseId unknown = new CaseId(ids.next("case_"));

        assertThat(cases().find(org, other.id())).isEmpty();
        assertThat(cases().findForUpdate(org, other.id())).isEmpty();
        assertThat(cases().find(org, unknown)).isEmpty();
        assertThat(cases().findForUpdate(org, unknown)).isEmpty();
    }

    @Test
    void findsACaseForUpdateAsItIsStored() {
        OrganizationId org = storedOrganization();
        Case aCase = stored(aCase(org).assignedTo(aStaffMember()));

        assertSameState(cases().findForUpdate(org, aCase.id()).orElseThrow(), aCase);
    }

    @Test
    void filtersByStatusCaseTypeAndAssigneeAlone() {
        OrganizationId org = storedOrganization();
        Assignee ada = aStaffMember();
        Assignee grace = aStaffMember();
        Assignee team = Assignee.team(new TeamId(ids.next("team_")));
        Case kyc = stored(aCase(org).ofType("kyc"));
        Case adaPending = stored(aCase(org).assignedTo(ada).pending());
        Case adaResolved = stored(aCase(org).assignedTo(ada).resolved("approved"));
        Case teams = stored(aCase(org).assignedTo(team));
        Case graces = stored(aCase(org).assignedTo(grace));

        assertThat(listed(org, CaseFilter.none())).containsExactly(graces.id(), teams.id(), adaResolved.id(),
                adaPending.id(), kyc.id());
        assertThat(listed(org, filter(CaseStatus.PENDING, null, null))).containsExactly(adaPending.id());
        assertThat(listed(org, filter(CaseStatus.OPEN, null, null))).containsExactly(graces.id(), teams.id(),
                kyc.id());
        assertThat(listed(org, filter(null, "kyc", null))).containsExactly(kyc.id());
        assertThat(listed(org, filter(null, null, ada.id()))).containsExactly(adaResolved.id(), adaPending.id());
        assertThat(listed(org, filter(null, null, team.id()))).containsExactly(teams.id());
        assertThat(listed(org, filter(null, null, ids.next("stf_")))).isEmpty();
    }

    @Test
    void filtersByPriorityByAssigneesAmongSeveralAndToActiveCases() {
        OrganizationId org = storedOrganization();
        Assignee fraud = Assignee.team(new TeamId(ids.next("team_")));
        Assignee kyc = Assignee.team(new TeamId(ids.next("team_")));
        Assignee other = Assignee.team(new TeamId(ids.next("team_")));
        Case urgentFraud = stored(aCase(org).withPriority(Priority.URGENT).assignedTo(fraud));
        Case pendingKyc = stored(aCase(org).assignedTo(kyc).pending());
        Case resolvedKyc = stored(aCase(org).withPriority(Priority.URGENT).assignedTo(kyc).resolved("approved"));
        stored(aCase(org).assignedTo(other));
        Case unassigned = stored(aCase(org).withPriority(Priority.URGENT));

        assertThat(listed(org, new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Priority.URGENT), Optional.empty(), Optional.empty(), false)))
                .containsExactly(unassigned.id(), resolvedKyc.id(), urgentFraud.id());
        assertThat(listed(org, new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(java.util.Set.of(fraud.id(), kyc.id())), false)))
                .containsExactly(resolvedKyc.id(), pendingKyc.id(), urgentFraud.id());
        assertThat(listed(org, new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(java.util.Set.of(fraud.id(), kyc.id())), true)))
                .containsExactly(pendingKyc.id(), urgentFraud.id());
        assertThat(listed(org, new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Priority.URGENT), Optional.empty(), Optional.of(java.util.Set.of(kyc.id())), true)))
                .isEmpty();
        assertThat(listed(org, new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(java.util.Set.of()), false))).isEmpty();
    }

    @Test
    void filtersByTheSubjectsReferenceIdExactly() {
        OrganizationId org = storedOrganization();
        Case first = stored(aCase(org).about(new Subject("user-123", "Ada", null)));
        Case second = stored(aCase(org).about(new Subject("user-123", null, null)).resolved("approved"));
        stored(aCase(org).about(new Subject("user-1234", "Ada", null)));
        stored(aCase(org).about(new Subject("USER-123", null, null)));
        stored(aCase(org).about(new Subject(null, "user-123", null)));
        stored(aCase(org));
        stored(aCase(storedOrganization()).about(new Subject("user-123", null, null)));

        assertThat(listed(org, byReference("user-123"))).containsExactly(second.id(), first.id());
        assertThat(listed(org, byReference("user-12"))).isEmpty();
    }

    private static CaseFilter byReference(String referenceId) {
        return new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(referenceId));
    }

    @Test
    void combinesFilters() {
        OrganizationId org = storedOrganization();
        Assignee ada = aStaffMember();
        stored(aCase(org).ofType("kyc").assignedTo(ada));
        stored(aCase(org).assignedTo(ada).pending());
        Case wanted = stored(aCase(org).assignedTo(ada));
        stored(aCase(org).assignedTo(aStaffMember()));

        assertThat(listed(org, filter(CaseStatus.OPEN, "account_takeover", ada.id()))).containsExactly(wanted.id());
        assertThat(listed(org, filter(CaseStatus.RESOLVED, "account_takeover", ada.id()))).isEmpty();
    }

    @Test
    void listsNoCaseOfAnotherOrganizationWhateverTheFilter() {
        OrganizationId org = storedOrganization();
        OrganizationId other = storedOrganization();
        Assignee ada = aStaffMember();
        Case mine = stored(aCase(org).assignedTo(ada));
        stored(aCase(other).assignedTo(ada));
        stored(aCase(other));

        assertThat(listed(org, CaseFilter.none())).containsExactly(mine.id());
        assertThat(listed(org, filter(CaseStatus.OPEN, "account_takeover", ada.id()))).containsExactly(mine.id());
    }

    @Test
    void listsNewestFirstInPagesThatMissAndRepeatNothing() {
        OrganizationId org = storedOrganization();
        List<CaseId> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(stored(aCase(org)).id());
        }

        List<List<Case>> pages = pages(2, (limit, after) -> cases().list(org, CaseFilter.none(), limit, after),
                CaseRepositoryContract::position);

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(List::stream).map(Case::id)).containsExactlyElementsOf(newestFirst(created));
    }

    @Test
    void pagesThroughCasesCreatedAtTheSameInstantByIdWithoutLossOrRepeat() {
        OrganizationId org = storedOrganization();
        Clock sameInstant = Clock.fixed(clock.instant(), ZoneOffset.UTC);
        List<CaseId> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(stored(new CaseBuilder(new CaseId(ids.next("case_")), org, sameInstant)).id());
        }

        List<List<Case>> pages = pages(2, (limit, after) -> cases().list(org, CaseFilter.none(), limit, after),
                CaseRepositoryContract::position);

        List<String> listed = pages.stream().flatMap(List::stream).map(c -> c.id().value()).toList();
        assertThat(listed).containsExactlyElementsOf(
                created.stream().map(CaseId::value).sorted(Comparator.reverseOrder()).toList());
    }

    @Test
    void pagingWhileCasesAreAddedSeesEveryEarlierCaseExactlyOnce() {
        OrganizationId org = storedOrganization();
        Assignee ada = aStaffMember();
        List<Case> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(stored(aCase(org).assignedTo(ada)));
        }
        Clock backdated = Clock.fixed(before.get(2).createdAt(), ZoneOffset.UTC);

        List<CaseId> seen = new ArrayList<>();
        Optional<Position> after = Optional.empty();
        List<Case> page;
        do {
            page = cases().list(org, filter(null, null, ada.id()), 2, after);
            page.forEach(c -> seen.add(c.id()));
            stored(aCase(org).assignedTo(ada));
            // another process's clock may lag: its case lands among those not read yet, or behind them
            stored(new CaseBuilder(new CaseId(ids.next("case_")), org, backdated).assignedTo(ada));
            after = page.isEmpty() ? after : Optional.of(position(page.get(page.size() - 1)));
        } while (page.size() == 2);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsSubsequence(newestFirst(before.stream().map(Case::id).toList()));
    }

    private static Position position(Case c) {
        return new Position(c.createdAt(), c.id().value());
    }
}
