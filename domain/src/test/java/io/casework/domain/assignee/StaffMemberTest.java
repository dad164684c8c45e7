package io.casework.domain.assignee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StaffMemberTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final StaffMember ada = StaffMember.hire(new StaffMemberId("stf_ada"), new OrganizationId("org_1"),
            new Email("Ada@Example.test"), "Ada", Instant.parse("2026-11-26T10:00:00Z"));

    @Test
    void aNewMemberIsActiveAvailableAndUnlimited() {
        assertThat(ada.refusal(1000, NOW)).isEmpty();
    }

    @Test
    void saysWhyAMemberCannotTakeACase() {
        ada.limitActiveCases(2);
        assertThat(ada.refusal(1, NOW)).isEmpty();
        assertThat(ada.refusal(2, NOW)).contains(Refusal.AT_CAPACITY);
        ada.changeAvailability(Availability.AWAY);
        assertThat(ada.refusal(0, NOW)).contains(Refusal.AWAY);
        ada.changeStatus(StaffStatus.DEACTIVATED);
        assertThat(ada.refusal(0, NOW)).contains(Refusal.DEACTIVATED);
    }

    @Test
    void duringAnOutOfOfficeWindowAMemberIsRefusedAsAwayIsAndOutsideItAsTheirAvailabilitySays() {
        ada.planOutOfOffice(OutOfOffice.of(List.of(window("2026-12-01T09:00:00Z", "2026-12-01T12:00:00Z"))));

        assertThat(ada.refusal(0, Instant.parse("2026-12-01T08:59:59.999999Z"))).isEmpty();
        assertThat(ada.isReachable(Instant.parse("2026-12-01T08:59:59.999999Z"))).isTrue();
        assertThat(ada.refusal(0, Instant.parse("2026-12-01T09:00:00Z"))).contains(Refusal.OUT_OF_OFFICE);
        assertThat(ada.isReachable(Instant.parse("2026-12-01T09:00:00Z"))).isFalse();
        assertThat(ada.refusal(0, Instant.parse("2026-12-01T11:59:59.999999Z"))).contains(Refusal.OUT_OF_OFFICE);
        assertThat(ada.refusal(0, NOW)).as("the end is excluded").isEmpty();
        assertThat(ada.isReachable(NOW)).isTrue();

        ada.changeAvailability(Availability.AWAY);
        assertThat(ada.refusal(0, Instant.parse("2026-12-01T10:00:00Z"))).contains(Refusal.AWAY);
        assertThat(ada.refusal(0, NOW)).contains(Refusal.AWAY);
        assertThat(ada.isReachable(NOW)).isFalse();
    }

    @Test
    void aWindowEndsAfterItStartsAndHasAShortSingleLineNote() {
        assertThatThrownBy(() -> window("2026-12-01T09:00:00Z", "2026-12-01T09:00:00Z"))
                .isInstanceOf(InvalidValueException.class).hasMessage("must be after starts_at")
                .extracting("field").isEqualTo("ends_at");
        assertThatThrownBy(() -> new OutOfOfficeWindow(NOW, NOW.plusSeconds(1), "Leave\nagain"))
                .extracting("field").isEqualTo("note");
        assertThatThrownBy(() -> new OutOfOfficeWindow(NOW, NOW.plusSeconds(1), "x".repeat(201)))
                .extracting("field").isEqualTo("note");
        assertThat(new OutOfOfficeWindow(NOW, NOW.plusSeconds(1), "x".repeat(200)).note()).hasSize(200);
    }

    @Test
    void windowsMayTouchButNotOverlapAndAreKeptInTheOrderTheyStart() {
        OutOfOffice touching = OutOfOffice.of(List.of(window("2026-12-02T00:00:00Z", "2026-12-03T00:00:00Z"),
                window("2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z")));
        assertThat(touching.windows()).extracting(w -> w.startsAt().toString())
                .containsExactly("2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z");

        assertThatThrownBy(() -> OutOfOffice.of(List.of(window("2026-12-01T00:00:00Z", "2026-12-05T00:00:00Z"),
                window("2026-12-10T00:00:00Z", "2026-12-11T00:00:00Z"),
                window("2026-12-04T00:00:00Z", "2026-12-06T00:00:00Z"))))
                .isInstanceOf(InvalidValueException.class).hasMessage("overlaps windows[0]")
                .extracting("field").isEqualTo("windows[2].starts_at");
    }

    @Test
    void aMemberHasAtMostFiftyWindows() {
        List<OutOfOfficeWindow> fifty = IntStream.range(0, 50)
                .mapToObj(day -> new OutOfOfficeWindow(NOW.plusSeconds(86_400L * day),
                        NOW.plusSeconds(86_400L * day + 3600), null))
                .toList();
        assertThat(OutOfOffice.of(fifty).windows()).hasSize(50);

        List<OutOfOfficeWindow> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(new OutOfOfficeWindow(NOW.minusSeconds(7200), NOW.minusSeconds(3600), null));
        assertThatThrownBy(() -> OutOfOffice.of(fiftyOne)).extracting("field").isEqualTo("windows");
    }

    private static OutOfOfficeWindow window(String startsAt, String endsAt) {
        return new OutOfOfficeWindow(Instant.parse(startsAt), Instant.parse(endsAt), null);
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
