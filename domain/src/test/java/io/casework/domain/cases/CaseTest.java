package io.casework.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Actor API = Actor.apiKey("key_1");
    private final Assignee ada = Assignee.staffMember(new StaffMemberId("stf_ada"));

    private Case openCase() {
        return Case.open(new CaseId("case_1"), new OrganizationId("org_1"), new CaseType("account_takeover"), null, null,
                Map.of("risk_score", 87), List.of("ato"), API, NOW);
    }

    @Test
    void aNewCaseIsOpenWithNormalPriorityAndRecordsItsCreation() {
        Case c = openCase();

        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.priority()).isEqualTo(Priority.NORMAL);
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.pullEvents())
                .containsExactly(new CaseCreated(new CaseType("account_takeover"), Priority.NORMAL, API, NOW));
    }

    @Test
    void assigningRecordsThePreviousAndNewAssignee() {
        Case c = openCase();
        c.pullEvents();

        c.assignTo(ada, API, NOW, new AssignmentExplanation.Direct());

        assertThat(c.assignee()).contains(ada);
        assertThat(c.pullEvents()).containsExactly(new CaseAssigned(Optional.empty(), ada,
                new AssignmentExplanation.Direct(), API, NOW));
    }

    @Test
    void unassigningRecordsWhoHeldTheCase() {
        Case c = openCase();
        c.assignTo(ada, API, NOW, new AssignmentExplanation.Direct());
        c.pullEvents();

        c.unassign(API, NOW);
        c.unassign(API, NOW);

        assertThat(c.pullEvents()).containsExactly(new CaseUnassigned(ada, API, NOW));
    }

    @Test
    void anUpdateRecordsOnlyTheFieldsThatChangedWithTheirValuesBeforeAndAfter() {
        Case c = openCase();
        c.pullEvents();

        c.update(new CaseChange(Optional.of(CaseStatus.RESOLVED), Optional.of(Optional.of("approved")),
                Optional.of(Priority.NORMAL), Optional.of(List.of("ato", "vip")), Optional.empty()), API, NOW);

        assertThat(c.pullEvents()).containsExactly(new CaseUpdated(
                Optional.of(new CaseUpdated.Change<>(CaseStatus.OPEN, CaseStatus.RESOLVED)),
                Optional.of(new CaseUpdated.Change<>(null, "approved")), Optional.empty(),
                Optional.of(new CaseUpdated.Change<>(List.of("ato"), List.of("ato", "vip"))), Optional.empty(),
                API, NOW));
    }

    @Test
    void resolvingSetsResolvedAtAndReopeningClearsIt() {
        Case c = openCase();
        Instant later = NOW.plusSeconds(60);
        c.pullEvents();

        c.update(resolve("approved"), API, NOW);
        c.update(resolve("declined"), API, later);
        assertThat(c.resolvedAt()).contains(NOW);
        c.update(new CaseChange(Optional.of(CaseStatus.PENDING), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), API, later);

        assertThat(c.resolvedAt()).isEmpty();
        List<CaseEvent> events = c.pullEvents();
        assertThat(events).hasSize(3).allMatch(CaseUpdated.class::isInstance);
        assertThat(events).map(e -> ((CaseUpdated) e).resolves()).containsExactly(true, false, false);
        assertThat(events).map(e -> ((CaseUpdated) e).reopens()).containsExactly(false, false, true);
    }

    @Test
    void aResolvedCaseCannotBeAssigned() {
        Case c = openCase();
        c.update(resolve("approved"), API, NOW);

        assertThatThrownBy(() -> c.assignTo(ada, API, NOW, new AssignmentExplanation.Direct()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("case_closed");
    }

    @Test
    void aResolutionNeedsAResolvedStatusAndIsClearedOnReopen() {
        Case c = openCase();
        assertThatThrownBy(() -> c.update(new CaseChange(Optional.empty(), Optional.of(Optional.of("approved")),
                Optional.empty(), Optional.empty(), Optional.empty()), API, NOW))
                .isInstanceOf(InvalidValueException.class);

        c.update(resolve("approved"), API, NOW);
        assertThat(c.resolution()).isEqualTo("approved");
        c.update(new CaseChange(Optional.of(CaseStatus.OPEN), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), API, NOW);

        assertThat(c.resolution()).isNull();
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        Case c = Case.rehydrate(new CaseId("case_1"), new OrganizationId("org_1"), new CaseType("ato"), Priority.HIGH,
                null, Map.of(), List.of(), CaseStatus.OPEN, null, null, null, NOW, NOW, 3);

        c.update(new CaseChange(Optional.of(CaseStatus.OPEN), Optional.empty(), Optional.of(Priority.HIGH),
                Optional.of(List.of()), Optional.empty()), API, NOW);

        assertThat(c.hasChanged()).isFalse();
        assertThat(c.version()).isEqualTo(3);
    }

    @Test
    void tagsAreLimitedInNumberAndLength() {
        assertThatThrownBy(() -> Case.open(new CaseId("case_1"), new OrganizationId("org_1"), new CaseType("ato"), null,
                null, Map.of(), Collections.nCopies(51, "t"), API, NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Case.open(new CaseId("case_1"), new OrganizationId("org_1"), new CaseType("ato"), null,
                null, Map.of(), List.of("ok", "x".repeat(65)), API, NOW))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("tags[1]");
    }

    @Test
    void caseTypesAreSnakeCaseWords() {
        assertThat(new CaseType("account_takeover_2").value()).isEqualTo("account_takeover_2");
        assertThatThrownBy(() -> new CaseType("Account-Takeover")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CaseType("x".repeat(65))).isInstanceOf(InvalidValueException.class);
    }

    private static CaseChange resolve(String resolution) {
        return new CaseChange(Optional.of(CaseStatus.RESOLVED), Optional.of(Optional.of(resolution)), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
