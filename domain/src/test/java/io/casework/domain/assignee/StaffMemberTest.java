package io.casework.domain.assignee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffMemberTest {
    private final StaffMember ada = StaffMember.hire(new StaffMemberId("stf_ada"), new OrganizationId("org_1"),
            new Email("Ada@Example.test"), "Ada", Instant.parse("2026-11-26T10:00:00Z"));

    @Test
    void aNewMemberIsActiveAvailableAndUnlimited() {
        assertThat(ada.refusal(1000)).isEmpty();
    }

    @Test
    void saysWhyAMemberCannotTakeACase() {
        ada.limitActiveCases(2);
        assertThat(ada.refusal(1)).isEmpty();
        assertThat(ada.refusal(2)).contains(Refusal.AT_CAPACITY);
        ada.changeAvailability(Availability.AWAY);
        assertThat(ada.refusal(0)).contains(Refusal.AWAY);
        ada.changeStatus(StaffStatus.DEACTIVATED);
        assertThat(ada.refusal(0)).contains(Refusal.DEACTIVATED);
    }

    @Test
    void capacityIsAtLeastOne() {
        assertThatThrownBy(() -> ada.limitActiveCases(0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void emailsCompareWithoutCase() {
        assertThat(ada.email().sameAddressAs(new Email("ada@example.TEST"))).isTrue();
        assertThat(ada.email().value()).isEqualTo("Ada@Example.test");
        assertThatThrownBy(() -> new Email("not an email")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aTeamKeepsItsMembersInOrderOnce() {
        Team team = Team.form(new TeamId("team_1"), new OrganizationId("org_1"), "Reviewers",
                List.of(new StaffMemberId("stf_b"), new StaffMemberId("stf_a"), new StaffMemberId("stf_b")),
                Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(team.memberIds()).extracting(StaffMemberId::value).containsExactly("stf_b", "stf_a");
        team.removeMember(new StaffMemberId("stf_b"));
        team.addMember(new StaffMemberId("stf_c"));
        assertThat(team.memberIds()).extracting(StaffMemberId::value).containsExactly("stf_a", "stf_c");
    }
}
