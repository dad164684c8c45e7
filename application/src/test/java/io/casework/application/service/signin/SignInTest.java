package io.casework.application.service.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.in.SessionUseCase.SignedIn;
import io.casework.application.port.in.UpdateStaffMemberCommand;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.Notifier;
import io.casework.application.testing.InMemoryCasework;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffStatus;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SignInTest {
    private final InMemoryCasework casework = new InMemoryCasework();
    private final OrganizationId org = casework.organization(Plan.GROWTH);
    private final StaffMember ada = casework.staffMember(org, "Ada");

    /** What was queued since the last call. */
    private List<PendingNotification> queued() {
        Instant now = casework.clock.instant();
        List<PendingNotification> due = casework.outbox.claimDue(now, 100);
        casework.outbox.markSent(due.stream().map(n -> n.id()).toList(), now);
        return due;
    }

    private String requestedLink() {
        casework.useCases.signInLinks().request(new Email("ADA@example.test"));
        return queued().get(0).email().signInUrl();
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void anActiveMemberIsEmailedALinkToThePublicUrlThroughTheOutbox() {
        casework.useCases.signInLinks().request(new Email("ADA@example.test"));

        List<PendingNotification> queued = queued();
        assertThat(queued).hasSize(1);
        PendingNotification notification = queued.get(0);
        assertThat(notification.caseId()).isNull();
        assertThat(notification.staffMemberId()).isEqualTo(ada.id());
        assertThat(notification.email().kind()).isEqualTo(Notifier.Kind.SIGN_IN);
        assertThat(notification.email().recipient().email()).isEqualTo("ada@example.test");
        assertThat(notification.email().signInUrl())
                .matches("https://backoffice\\.example\\.test/sign-in/[A-Za-z0-9_-]{43}");
        assertThat(notification.email().organizationName()).as("which organization it signs in to").isEqualTo("Acme");
    }

    @Test
    void anUnknownOrDeactivatedAddressGetsNoEmail() {
        deactivate(ada);

        casework.useCases.signInLinks().request(new Email("ada@example.test"));
        casework.useCases.signInLinks().request(new Email("nobody@example.test"));

        assertThat(queued()).isEmpty();
    }

    @Test
    void atMostFiveLinksPerAddressPerFifteenMinutes() {
        for (int i = 0; i < 7; i++) {
            casework.useCases.signInLinks().request(new Email("ada@example.test"));
        }
        assertThat(queued()).hasSize(5);

        casework.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        casework.useCases.signInLinks().request(new Email("ada@example.test"));
        assertThat(queued()).hasSize(1);
    }

    @Test
    void aLinkSignsInOnceAndOnlyThenStoresNoTokenOrSessionId() {
        String token = token(requestedLink());

        Optional<SignedIn> signedIn = casework.useCases.sessions().signIn(token);

        assertThat(signedIn).isPresent();
        assertThat(signedIn.get().staffMemberId()).isEqualTo(ada.id());
        assertThat(casework.useCases.sessions().current(signedIn.get().sessionId())).contains(signedIn.get());
        assertThat(casework.useCases.sessions().signIn(token)).as("reused").isEmpty();
        assertThat(casework.signInLinks.countSince("ada@example.test", Instant.EPOCH)).isEqualTo(1);
        assertThat(casework.signInLinks.use(token, casework.clock.instant())).as("stored by its hash only").isEmpty();
    }

    @Test
    void aLinkExpiresAfterFifteenMinutes() {
        String token = token(requestedLink());

        casework.clock.advance(Duration.ofMinutes(15));

        assertThat(casework.useCases.sessions().signIn(token)).isEmpty();
    }

    @Test
    void aSessionEndsAfterTwelveHoursIdleOnSignOutOrWhenTheMemberIsDeactivated() {
        SignedIn first = casework.useCases.sessions().signIn(token(requestedLink())).orElseThrow();
        casework.clock.advance(Duration.ofHours(11));
        assertThat(casework.useCases.sessions().current(first.sessionId())).isPresent();
        casework.clock.advance(Duration.ofHours(12).plusSeconds(1));
        assertThat(casework.useCases.sessions().current(first.sessionId())).as("idle").isEmpty();

        SignedIn second = casework.useCases.sessions().signIn(token(requestedLink())).orElseThrow();
        casework.useCases.sessions().signOut(second.sessionId());
        assertThat(casework.useCases.sessions().current(second.sessionId())).as("signed out").isEmpty();

        SignedIn third = casework.useCases.sessions().signIn(token(requestedLink())).orElseThrow();
        deactivate(ada);
        assertThat(casework.useCases.sessions().current(third.sessionId())).as("deactivated").isEmpty();
    }

    @Test
    void anOperatorGetsALinkForEachActiveMembershipOfTheAddress() {
        OrganizationId other = casework.organization(Plan.GROWTH);
        StaffMember adaElsewhere = casework.staffMember(other, "Ada");

        var links = casework.useCases.signInLinks().issue(new Email("ada@example.test"));

        assertThat(links).extracting(l -> l.staffMemberId()).containsExactlyInAnyOrder(ada.id(), adaElsewhere.id());
        assertThat(casework.useCases.sessions().signIn(token(links.get(0).url()))).isPresent();
        assertThat(queued()).as("not emailed").isEmpty();
    }

    private void deactivate(StaffMember member) {
        casework.useCases.updateStaffMember().update(new UpdateStaffMemberCommand(org, member.id(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(StaffStatus.DEACTIVATED),
                Optional.empty()));
    }
}
