package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.NotificationView;
import io.casework.application.port.in.NotificationView.Status;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NotificationOutbox} must do. Claims cover every organization, so each test needs an outbox of
 * its own (for a database: a fresh one per test).
 */
public abstract class NotificationOutboxContract extends PortContract {
    /** Members and cases must exist before notifications name them (foreign keys). */
    protected abstract StaffMemberRepository staffMembers();

    protected abstract CaseRepository cases();

    protected abstract NotificationOutbox outbox();

    private record Recipient(OrganizationId organizationId, StaffMember member, CaseId caseId) {
    }

    private Recipient aRecipient() {
        OrganizationId org = storedOrganization();
        return aRecipient(org, storedCase(org));
    }

    private Recipient aRecipient(OrganizationId org, CaseId caseId) {
        StaffMember member = aMember(org);
        staffMembers().add(member);
        return new Recipient(org, member, caseId);
    }

    private CaseId storedCase(OrganizationId org) {
        Case aCase = aCase(org).build();
        cases().add(aCase);
        return aCase.id();
    }

    private PendingNotification added(Recipient to, Instant createdAt) {
        PendingNotification notification = aNotification(to.member(), to.caseId(), createdAt);
        outbox().add(notification);
        return notification;
    }

    private PendingNotification added(Recipient to) {
        return added(to, clock.instant());
    }

    private List<PendingNotification> claim(Instant now) {
        return outbox().claimDue(now, 100);
    }

    private NotificationView viewOf(Recipient to, String id) {
        return outbox().list(to.organizationId(), Optional.empty(), Optional.empty(), 100, Optional.empty()).stream()
                .filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void claimsTheDueNotificationsWithAllItTakesToSendThem() {
        Recipient to = aRecipient();
        PendingNotification first = added(to);
        PendingNotification second = added(to);
        Instant now = clock.instant();
        added(to, now.plusSeconds(1));

        assertThat(claim(now)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aSignInEmailIsAboutNoCaseIsClaimedLikeAnyOtherAndIsNeverListed() {
        Recipient to = aRecipient();
        String id = ids.next("ntf_");
        PendingNotification signIn = new PendingNotification(id, to.organizationId(), null, to.member().id(),
                Notifier.Email.signIn(id + "@casework", new Notifier.Recipient(to.member().email().value(), "Ada"),
                        "https://casework.example.com/sign-in/t0ken"), 0, clock.instant());
        outbox().add(signIn);
        PendingNotification aboutTheCase = added(to);

        assertThat(claim(clock.instant())).containsExactlyInAnyOrder(signIn, aboutTheCase);
        assertThat(outbox().list(to.organizationId(), Optional.empty(), Optional.empty(), 10, Optional.empty()))
                .extracting(NotificationView::id).containsExactly(aboutTheCase.id());
    }

    @Test
    void claimsAtMostTheGivenNumberLongestDueFirst() {
        Recipient to = aRecipient();
        Instant start = clock.instant();
        PendingNotification third = added(to, start.plusSeconds(3));
        PendingNotification first = added(to, start.plusSeconds(1));
        PendingNotification second = added(to, start.plusSeconds(2));
        Instant now = start.plusSeconds(4);

        assertThat(outbox().claimDue(now, 1)).containsExactly(first);
        assertThat(outbox().claimDue(now, 2)).containsExactly(first, second);
        assertThat(outbox().claimDue(now, 5)).containsExactly(first, second, third);
    }

    /** Here each claim is a transaction of its own: a sender that claimed and died left it as it was. */
    @Test
    void aClaimWhoseTransactionEndedWithoutAReportLeavesTheNotificationDueAsItWas() {
        Recipient to = aRecipient();
        PendingNotification notification = added(to);
        Instant now = clock.instant();
        assertThat(claim(now)).containsExactly(notification);

        assertThat(claim(now)).containsExactly(notification);
        assertThat(outbox().nextDueAt()).contains(notification.createdAt());
    }

    @Test
    void aSentNotificationIsNeverClaimedAgain() {
        Recipient to = aRecipient();
        PendingNotification notification = added(to);
        Instant now = clock.instant();
        claim(now);
        Instant sentAt = clock.instant();

        outbox().markSent(List.of(notification.id()), sentAt);

        assertThat(claim(now.plus(Duration.ofDays(1)))).isEmpty();
        NotificationView view = viewOf(to, notification.id());
        assertThat(view.status()).isEqualTo(Status.SENT);
        assertThat(view.attempts()).isEqualTo(1);
        assertThat(view.sentAt()).isEqualTo(sentAt);
        assertThat(view.lastError()).isNull();
    }

    @Test
    void aSendersBatchIsMarkedSentAtOnceAndOnlyItsPendingOnes() {
        Recipient to = aRecipient();
        PendingNotification first = added(to);
        PendingNotification second = added(to);
        PendingNotification givenUp = added(to);
        PendingNotification notInTheBatch = added(to);
        Instant now = clock.instant();
        claim(now);
        outbox().markAttemptFailed(givenUp.id(), "550 no such user", Optional.empty());

        outbox().markSent(List.of(first.id(), second.id(), givenUp.id()), clock.instant());

        assertThat(viewOf(to, first.id()).status()).isEqualTo(Status.SENT);
        assertThat(viewOf(to, second.id()).status()).isEqualTo(Status.SENT);
        assertThat(viewOf(to, givenUp.id()).status()).as("an outcome once recorded stands").isEqualTo(Status.FAILED);
        assertThat(viewOf(to, notInTheBatch.id()).status()).isEqualTo(Status.PENDING);
    }

    @Test
    void aFailedAttemptWithARetryIsClaimedAgainAtThatTimeWithTheAttemptCounted() {
        Recipient to = aRecipient();
        PendingNotification notification = added(to);
        Instant now = clock.instant();
        claim(now);
        Instant retryAt = now.plusSeconds(10);

        outbox().markAttemptFailed(notification.id(), "421 try again later", Optional.of(retryAt));

        assertThat(claim(retryAt.minusMillis(1))).isEmpty();
        List<PendingNotification> retried = claim(retryAt);
        assertThat(retried).extracting(PendingNotification::id).containsExactly(notification.id());
        assertThat(retried.get(0).attempts()).isEqualTo(1);
        assertThat(retried.get(0).email()).isEqualTo(notification.email());
        NotificationView view = viewOf(to, notification.id());
        assertThat(view.status()).isEqualTo(Status.PENDING);
        assertThat(view.lastError()).isEqualTo("421 try again later");
    }

    @Test
    void aFailedAttemptWithoutARetryFailsTheNotificationForGood() {
        Recipient to = aRecipient();
        PendingNotification notification = added(to);
        Instant now = clock.instant();
        claim(now);

        outbox().markAttemptFailed(notification.id(), "550 no such user", Optional.empty());

        assertThat(claim(now.plus(Duration.ofDays(1)))).isEmpty();
        NotificationView view = viewOf(to, notification.id());
        assertThat(view.status()).isEqualTo(Status.FAILED);
        assertThat(view.attempts()).isEqualTo(1);
        assertThat(view.lastError()).isEqualTo("550 no such user");
        assertThat(view.sentAt()).isNull();
    }

    @Test
    void tellsWhenTheNextPendingNotificationFallsDueWhateverHappenedToIt() {
        assertThat(outbox().nextDueAt()).isEmpty();
        Recipient to = aRecipient();
        Instant start = clock.instant();
        PendingNotification later = added(to, start.plusSeconds(60));
        PendingNotification sooner = added(to, start.plusSeconds(5));
        assertThat(outbox().nextDueAt()).contains(start.plusSeconds(5));

        outbox().claimDue(start.plusSeconds(10), 10);
        assertThat(outbox().nextDueAt()).as("a claim changes nothing").contains(start.plusSeconds(5));

        outbox().markAttemptFailed(sooner.id(), "421 try again later", Optional.of(start.plusSeconds(20)));
        assertThat(outbox().nextDueAt()).as("the retry").contains(start.plusSeconds(20));

        outbox().markSent(List.of(sooner.id()), clock.instant());
        assertThat(outbox().nextDueAt()).as("only the later one, not yet claimed").contains(start.plusSeconds(60));

        outbox().claimDue(start.plusSeconds(60), 10);
        outbox().markAttemptFailed(later.id(), "550 no such user", Optional.empty());
        assertThat(outbox().nextDueAt()).as("nothing pending").isEmpty();
    }

    /** A report for a notification already sent or failed (by a sender that took it over) changes nothing. */
    @Test
    void aLateReportChangesNothingOnceTheNotificationIsSentOrFailed() {
        Recipient to = aRecipient();
        PendingNotification sent = added(to);
        PendingNotification failed = added(to);
        claim(clock.instant());
        Instant sentAt = clock.instant();
        outbox().markSent(List.of(sent.id()), sentAt);
        outbox().markAttemptFailed(failed.id(), "550 no such user", Optional.empty());

        outbox().markAttemptFailed(sent.id(), "timeout", Optional.empty());
        outbox().markSent(List.of(sent.id()), clock.instant());
        outbox().markSent(List.of(failed.id()), clock.instant());
        outbox().markAttemptFailed(failed.id(), "timeout", Optional.of(clock.instant()));

        NotificationView sentView = viewOf(to, sent.id());
        assertThat(sentView.status()).isEqualTo(Status.SENT);
        assertThat(sentView.attempts()).isEqualTo(1);
        assertThat(sentView.sentAt()).isEqualTo(sentAt);
        NotificationView failedView = viewOf(to, failed.id());
        assertThat(failedView.status()).isEqualTo(Status.FAILED);
        assertThat(failedView.attempts()).isEqualTo(1);
        assertThat(failedView.lastError()).isEqualTo("550 no such user");
        assertThat(claim(clock.instant().plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void listsNewestFirstFilteredByCaseAndStatus() {
        OrganizationId org = storedOrganization();
        CaseId caseA = storedCase(org);
        CaseId caseB = storedCase(org);
        Recipient onA = aRecipient(org, caseA);
        Recipient onB = aRecipient(org, caseB);
        PendingNotification a1 = added(onA);
        PendingNotification b1 = added(onB);
        PendingNotification a2 = added(onA);
        claim(clock.instant());
        outbox().markSent(List.of(b1.id()), clock.instant());

        assertThat(listed(org, null, null)).containsExactly(a2.id(), b1.id(), a1.id());
        assertThat(listed(org, caseA, null)).containsExactly(a2.id(), a1.id());
        assertThat(listed(org, null, Status.SENT)).containsExactly(b1.id());
        assertThat(listed(org, caseA, Status.PENDING)).containsExactly(a2.id(), a1.id());
        assertThat(listed(org, caseA, Status.SENT)).isEmpty();
        assertThat(listed(org, null, Status.FAILED)).isEmpty();

        NotificationView view = viewOf(onA, a1.id());
        assertThat(view).isEqualTo(new NotificationView(a1.id(), caseA, onA.member().id(),
                onA.member().email().value(), Status.PENDING, 0, null, a1.createdAt(), null));
    }

    @Test
    void listsInPagesOnlyTheOrganizationsNotifications() {
        Recipient to = aRecipient();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(added(to).id());
        }
        added(aRecipient());

        List<List<NotificationView>> pages = pages(2, (limit, after) -> outbox().list(to.organizationId(),
                Optional.empty(), Optional.empty(), limit, after), v -> new Position(v.createdAt(), v.id()));

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(List::stream).map(NotificationView::id))
                .containsExactlyElementsOf(newestFirst(created));
    }

    private List<String> listed(OrganizationId org, CaseId caseId, Status status) {
        return outbox().list(org, Optional.ofNullable(caseId), Optional.ofNullable(status), 100, Optional.empty())
                .stream().map(NotificationView::id).toList();
    }
}
