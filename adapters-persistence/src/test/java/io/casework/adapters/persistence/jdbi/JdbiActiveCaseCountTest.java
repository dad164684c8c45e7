package io.casework.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.TestDatabase;
import io.casework.application.contract.PortContract;
import io.casework.application.port.out.AssigneeDirectory;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A member's open and pending cases are kept on the member's row (changeset 005) rather than counted at each
 * assignment; every way a case can change hands or status must move that number.
 */
class JdbiActiveCaseCountTest extends PortContract {
    private static final DataSource DATA_SOURCE = TestDatabase.fresh().dataSource();
    private static final PostgresPersistence PERSISTENCE = new PostgresPersistence(DATA_SOURCE);
    private static final Actor ACTOR = Actor.apiKey("key_test");

    private final AssigneeDirectory directory = PERSISTENCE.assigneeDirectory();
    private final OrganizationId org = storedOrganization();
    private final StaffMember ada = storedMember();
    private final StaffMember grace = storedMember();

    @Override
    protected OrganizationRepository organizations() {
        return PERSISTENCE.organizations();
    }

    private StaffMember storedMember() {
        StaffMember member = aMember(org);
        PERSISTENCE.staffMembers().add(member);
        return member;
    }

    private long active(StaffMember member) {
        return PERSISTENCE.transactions().inTransaction(
                () -> directory.lockStaffMembers(org, List.of(member.id())).get(0).activeCases());
    }

    private CaseId storedCaseOf(StaffMember member) {
        Case aCase = aCase(org).assignedTo(Assignee.staffMember(member.id())).build();
        PERSISTENCE.cases().add(aCase);
        return aCase.id();
    }

    private void change(CaseId id, Consumer<Case> change) {
        PERSISTENCE.transactions().run(() -> {
            Case aCase = PERSISTENCE.cases().findForUpdate(org, id).orElseThrow();
            change.accept(aCase);
            PERSISTENCE.cases().update(aCase);
        });
    }

    private static CaseChange status(CaseStatus status, String resolution) {
        return new CaseChange(Optional.of(status), Optional.of(Optional.ofNullable(resolution)), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void followsACaseThroughReassignmentResolutionReopeningAndUnassignment() {
        CaseId id = storedCaseOf(ada);
        storedCaseOf(ada);
        assertThat(active(ada)).isEqualTo(2);

        change(id, c -> c.assignTo(Assignee.staffMember(grace.id()), ACTOR, clock.instant(), new AssignmentExplanation.Direct()));
        assertThat(active(ada)).isEqualTo(1);
        assertThat(active(grace)).isEqualTo(1);

        change(id, c -> c.update(status(CaseStatus.PENDING, null), ACTOR, clock.instant()));
        assertThat(active(grace)).isEqualTo(1);

        change(id, c -> c.update(status(CaseStatus.RESOLVED, "approved"), ACTOR, clock.instant()));
        assertThat(active(grace)).isZero();

        change(id, c -> c.update(status(CaseStatus.OPEN, null), ACTOR, clock.instant()));
        assertThat(active(grace)).isEqualTo(1);

        change(id, c -> c.unassign(ACTOR, clock.instant()));
        assertThat(active(grace)).isZero();
        assertThat(active(ada)).isEqualTo(1);
    }

    @Test
    void aCaseGivenToATeamCountsForNoMember() {
        CaseId id = storedCaseOf(ada);
        change(id, c -> c.assignTo(Assignee.team(new TeamId("team_x")), ACTOR,
                clock.instant(), new AssignmentExplanation.Direct()));
        assertThat(active(ada)).isZero();
    }
}
