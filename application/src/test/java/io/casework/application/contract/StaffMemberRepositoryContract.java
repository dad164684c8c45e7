package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.in.ConflictException;
import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.OutOfOffice;
import io.casework.domain.assignee.OutOfOfficeWindow;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.StaffStatus;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link StaffMemberRepository} must do. Extend it with factories for your adapter. */
public abstract class StaffMemberRepositoryContract extends PortContract {
    protected abstract StaffMemberRepository staffMembers();

    private StaffMember stored(OrganizationId organizationId) {
        StaffMember member = aMember(organizationId);
        staffMembers().add(member);
        return member;
    }

    @Test
    void findsAStoredMemberAsItWasStored() {
        OrganizationId org = storedOrganization();
        StaffMember member = StaffMember.hire(new StaffMemberId(ids.next("stf_")), org,
                new Email("Ada.Lovelace@Example.COM"), "Ada Lovelace", clock.instant());
        staffMembers().add(member);

        StaffMember found = staffMembers().find(org, member.id()).orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(member);
        assertThat(found.email().value()).isEqualTo("Ada.Lovelace@Example.COM");
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void storesTheOutOfOfficeWindowsInTheOrderTheyStartWithTheirNotes() {
        OrganizationId org = storedOrganization();
        StaffMember member = stored(org);
        assertThat(staffMembers().find(org, member.id()).orElseThrow().outOfOffice()).isEqualTo(OutOfOffice.NONE);
        OutOfOffice windows = OutOfOffice.of(List.of(
                new OutOfOfficeWindow(Instant.parse("2026-12-24T00:00:00Z"), Instant.parse("2027-01-02T00:00:00Z"),
                        "Holidays \"ski\" ⛷"),
                new OutOfOfficeWindow(Instant.parse("2026-12-01T09:00:00.123456Z"),
                        Instant.parse("2026-12-01T13:00:00Z"), null)));

        member.planOutOfOffice(windows);
        staffMembers().update(member);

        StaffMember found = staffMembers().find(org, member.id()).orElseThrow();
        assertThat(found.outOfOffice()).isEqualTo(windows);
        assertThat(found.outOfOffice().windows()).extracting(OutOfOfficeWindow::note)
                .containsExactly(null, "Holidays \"ski\" ⛷");
        assertThat(staffMembers().list(org, 10, Optional.empty())).singleElement()
                .extracting(StaffMember::outOfOffice).isEqualTo(windows);

        found.planOutOfOffice(OutOfOffice.NONE);
        staffMembers().update(found);
        assertThat(staffMembers().find(org, member.id()).orElseThrow().outOfOffice().windows()).isEmpty();
    }

    @Test
    void findsTheMembersWithAnAddressInEveryOrganizationAndLetterCase() {
        Email email = new Email(ids.next("grace") + "@Example.com");
        StaffMember atAcme = StaffMember.hire(new StaffMemberId(ids.next("stf_")), storedOrganization(), email, "Grace",
                clock.instant());
        StaffMember atGlobex = StaffMember.hire(new StaffMemberId(ids.next("stf_")), storedOrganization(),
                new Email(email.value().toUpperCase()), "Grace", clock.instant());
        staffMembers().add(atAcme);
        staffMembers().add(atGlobex);
        stored(atAcme.organizationId());

        assertThat(staffMembers().withEmail(new Email(email.value().toLowerCase())))
                .extracting(StaffMember::id).containsExactlyInAnyOrder(atAcme.id(), atGlobex.id());
    }

    @Test
    void storesTheRoleAndItsChange() {
        OrganizationId org = storedOrganization();
        StaffMember member = stored(org);
        assertThat(member.role()).isEqualTo(Role.REVIEWER);

        member.changeRole(Role.ADMIN);
        staffMembers().update(member);

        assertThat(staffMembers().find(org, member.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void findsNoMemberThatIsUnknownOrOfAnotherOrganization() {
        OrganizationId org = storedOrganization();
        StaffMember other = stored(storedOrganization());

        assertThat(staffMembers().find(org, other.id())).isEmpty();
        assertThat(staffMembers().find(org, new StaffMemberId(ids.next("stf_")))).isEmpty();
    }

    @Test
    void refusesASecondMemberWithTheSameEmailInAnyLetterCase() {
        OrganizationId org = storedOrganization();
        StaffMember first = StaffMember.hire(new StaffMemberId(ids.next("stf_")), org, new Email("ada@example.com"),
                "Ada", clock.instant());
        staffMembers().add(first);
        StaffMember second = StaffMember.hire(new StaffMemberId(ids.next("stf_")), org, new Email("ADA@example.com"),
                "Ada again", clock.instant());

        assertThatThrownBy(() -> staffMembers().add(second)).isInstanceOf(ConflictException.class);

        assertThat(staffMembers().find(org, first.id())).isPresent();
        assertThat(staffMembers().find(org, second.id())).isEmpty();
    }

    @Test
    void allowsTheSameEmailInAnotherOrganization() {
        Email email = new Email("ada@example.com");
        OrganizationId acme = storedOrganization();
        OrganizationId globex = storedOrganization();
        staffMembers().add(StaffMember.hire(new StaffMemberId(ids.next("stf_")), acme, email, "Ada", clock.instant()));
        StaffMember atGlobex = StaffMember.hire(new StaffMemberId(ids.next("stf_")), globex, email, "Ada",
                clock.instant());

        staffMembers().add(atGlobex);

        assertThat(staffMembers().find(globex, atGlobex.id())).isPresent();
    }

    @Test
    void storesEveryChangeAndBumpsTheVersion() {
        OrganizationId org = storedOrganization();
        StaffMember member = stored(org);

        member.rename("Ada King");
        member.changeStatus(StaffStatus.DEACTIVATED);
        member.changeAvailability(Availability.AWAY);
        member.limitActiveCases(3);
        staffMembers().update(member);

        StaffMember found = staffMembers().find(org, member.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Ada King");
        assertThat(found.status()).isEqualTo(StaffStatus.DEACTIVATED);
        assertThat(found.availability()).isEqualTo(Availability.AWAY);
        assertThat(found.maxActiveCases()).isEqualTo(3);
        assertThat(found.version()).isEqualTo(2);

        found.limitActiveCases(null);
        staffMembers().update(found);
        StaffMember again = staffMembers().find(org, member.id()).orElseThrow();
        assertThat(again.maxActiveCases()).isNull();
        assertThat(again.version()).isEqualTo(3);
    }

    @Test
    void storesACorrectedEmailWhereLookingUpTheAddressFindsIt() {
        OrganizationId org = storedOrganization();
        StaffMember member = StaffMember.hire(new StaffMemberId(ids.next("stf_")), org,
                new Email(ids.next("ada") + "@exmaple.com"), "Ada", clock.instant());
        staffMembers().add(member);
        Email mistyped = member.email();
        Email corrected = new Email(ids.next("ada") + "@example.com");

        member.changeEmail(corrected);
        staffMembers().update(member);

        assertThat(staffMembers().find(org, member.id()).orElseThrow().email()).isEqualTo(corrected);
        assertThat(staffMembers().withEmail(corrected)).extracting(StaffMember::id).containsExactly(member.id());
        assertThat(staffMembers().withEmail(mistyped)).isEmpty();
    }

    @Test
    void refusesAnEmailChangeToAnAddressAnotherMemberHasInAnyLetterCase() {
        OrganizationId org = storedOrganization();
        StaffMember ada = StaffMember.hire(new StaffMemberId(ids.next("stf_")), org, new Email("ada@example.com"),
                "Ada", clock.instant());
        StaffMember grace = StaffMember.hire(new StaffMemberId(ids.next("stf_")), org, new Email("grace@example.com"),
                "Grace", clock.instant());
        staffMembers().add(ada);
        staffMembers().add(grace);

        grace.changeEmail(new Email("ADA@example.com"));

        assertThatThrownBy(() -> staffMembers().update(grace)).isInstanceOf(ConflictException.class);
        assertThat(staffMembers().find(org, grace.id()).orElseThrow().email().value())
                .isEqualTo("grace@example.com");
        StaffMember again = staffMembers().find(org, ada.id()).orElseThrow();
        again.changeEmail(new Email("Ada@Example.com"));
        staffMembers().update(again);
        assertThat(staffMembers().find(org, ada.id()).orElseThrow().email().value()).isEqualTo("Ada@Example.com");
    }

    @Test
    void refusesAChangeMadeToAVersionSomeoneElseChangedSince() {
        OrganizationId org = storedOrganization();
        StaffMember member = stored(org);
        StaffMember mine = staffMembers().find(org, member.id()).orElseThrow();
        StaffMember theirs = staffMembers().find(org, member.id()).orElseThrow();
        theirs.rename("Theirs");
        staffMembers().update(theirs);

        mine.rename("Mine");

        assertThatThrownBy(() -> staffMembers().update(mine)).isInstanceOf(StaleVersionException.class);
        assertThat(staffMembers().find(org, member.id()).orElseThrow().name()).isEqualTo("Theirs");
    }

    @Test
    void neverChangesAMemberThroughAnotherOrganization() {
        OrganizationId org = storedOrganization();
        StaffMember member = stored(org);
        StaffMember impostor = StaffMember.rehydrate(member.id(), storedOrganization(), member.email(), "Impostor",
                member.role(), member.status(), member.availability(), member.maxActiveCases(), member.outOfOffice(), member.createdAt(),
                member.version());

        assertThatThrownBy(() -> staffMembers().update(impostor)).isInstanceOf(StaleVersionException.class);
        assertThat(staffMembers().find(org, member.id()).orElseThrow().name()).isEqualTo(member.name());
    }

    @Test
    void tellsWhichIdsExistInTheOrganizationEachOnce() {
        OrganizationId org = storedOrganization();
        StaffMember ada = stored(org);
        StaffMember grace = stored(org);
        StaffMember elsewhere = stored(storedOrganization());
        StaffMemberId unknown = new StaffMemberId(ids.next("stf_"));

        List<StaffMemberId> existing = staffMembers().existing(org,
                List.of(grace.id(), unknown, elsewhere.id(), ada.id(), grace.id()));

        assertThat(existing).containsExactly(grace.id(), ada.id());
        assertThat(staffMembers().existing(org, List.of())).isEmpty();
    }

    @Test
    void listsNewestFirstInPagesThatMissAndRepeatNothing() {
        OrganizationId org = storedOrganization();
        List<StaffMemberId> created = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> created.add(stored(org).id()));

        List<List<StaffMember>> pages = pages(2, (limit, after) -> staffMembers().list(org, limit, after),
                m -> new Position(m.createdAt(), m.id().value()));

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(List::stream).map(StaffMember::id))
                .containsExactlyElementsOf(newestFirst(created));
    }

    @Test
    void listsOnlyTheOrganizationsMembers() {
        OrganizationId org = storedOrganization();
        StaffMember mine = stored(org);
        stored(storedOrganization());

        assertThat(staffMembers().list(org, 10, Optional.empty())).extracting(StaffMember::id)
                .containsExactly(mine.id());
    }
}
