package io.casework.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.in.NotificationView;
import io.casework.application.port.out.Telemetry;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.Notifier;
import io.casework.application.testing.InMemoryNotificationOutbox;
import io.casework.application.testing.InMemoryTransactions;
import io.casework.application.testing.TestClock;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationSenderTest {
    private final TestClock clock = TestClock.startingAt("2026-11-26T10:00:00Z");
    private final InMemoryNotificationOutbox outbox = new InMemoryNotificationOutbox();
    private final OrganizationId org = new OrganizationId("org_acme");
    private final FlakyNotifier notifier = new FlakyNotifier();
    private final RetryPolicy retries = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 1.0);
    private final NotificationSender sender = new NotificationSender(outbox, notifier, retries,
            new InMemoryTransactions(), clock, Telemetry.NONE);

    @Test
    void anEmailIsSentOnceAndMarkedSent() {
        queue("ntf_1");

        assertThat(sender.sendDue(10)).isEqualTo(1);
        assertThat(sender.sendDue(10)).isZero();

        assertThat(notifier.sent).extracting(Notifier.Email::messageId).containsExactly("ntf_1@casework");
        assertThat(view("ntf_1").status()).isEqualTo(NotificationView.Status.SENT);
        assertThat(view("ntf_1").attempts()).isEqualTo(1);
    }

    @Test
    void aTransientFailureIsRetriedAfterTheBackoffWithTheSameMessageId() {
        queue("ntf_1");
        notifier.failuresLeft = 1;

        sender.sendDue(10);
        assertThat(view("ntf_1").status()).isEqualTo(NotificationView.Status.PENDING);
        assertThat(view("ntf_1").lastError()).isEqualTo("smtp down");
        assertThat(sender.sendDue(10)).as("not due before the backoff").isZero();

        clock.advance(Duration.ofSeconds(2));
        sender.sendDue(10);

        assertThat(notifier.sent).extracting(Notifier.Email::messageId).containsExactly("ntf_1@casework");
        assertThat(view("ntf_1").status()).isEqualTo(NotificationView.Status.SENT);
        assertThat(view("ntf_1").attempts()).isEqualTo(2);
    }

    @Test
    void aSlowBatchIsSentWholeTheClaimHoldsItAsLongAsItTakes() {
        for (int i = 1; i <= 5; i++) {
            queue("ntf_" + i);
        }
        notifier.eachSendTakes = Duration.ofMinutes(1);

        assertThat(sender.sendDue(10)).isEqualTo(5);

        assertThat(notifier.sent).extracting(Notifier.Email::messageId)
                .containsExactly("ntf_1@casework", "ntf_2@casework", "ntf_3@casework", "ntf_4@casework",
                        "ntf_5@casework");
        assertThat(sender.sendDue(10)).isZero();
    }

    @Test
    void anEmailTheTransportCannotHandleCountsAsAFailedAttemptAndTheRestOfTheBatchIsSent() {
        queue("ntf_1");
        queue("ntf_2");
        notifier.brokenFor = "ntf_1@casework";

        assertThat(sender.sendDue(10)).isEqualTo(2);

        assertThat(notifier.sent).extracting(Notifier.Email::messageId).containsExactly("ntf_2@casework");
        assertThat(view("ntf_1").status()).isEqualTo(NotificationView.Status.PENDING);
        assertThat(view("ntf_1").lastError()).contains("template broken");
        assertThat(view("ntf_2").status()).isEqualTo(NotificationView.Status.SENT);
    }

    @Test
    void afterTheLastAttemptTheNotificationIsFailedWithItsLastError() {
        queue("ntf_1");
        notifier.failuresLeft = 100;

        for (int i = 0; i < 5; i++) {
            sender.sendDue(10);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(view("ntf_1").status()).isEqualTo(NotificationView.Status.FAILED);
        assertThat(view("ntf_1").attempts()).isEqualTo(3);
        assertThat(view("ntf_1").lastError()).isEqualTo("smtp down");
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        queue("ntf_1");
        notifier.permanent = true;
        notifier.failuresLeft = 1;

        sender.sendDue(10);

        assertThat(view("ntf_1").status()).isEqualTo(NotificationView.Status.FAILED);
        assertThat(view("ntf_1").attempts()).isEqualTo(1);
    }

    @Test
    void isIdleUntilARetryFallsDueButNoLongerThanAskedAndBrieflyForAnEmailAnotherSenderHolds() {
        Duration atMost = Duration.ofSeconds(5);
        assertThat(sender.idleFor(atMost)).as("nothing pending").isEqualTo(atMost);
        queue("ntf_1");
        // this sender claimed all it could before it waits: one due now is another sender's, which may die
        assertThat(sender.idleFor(atMost)).as("due now").isEqualTo(OutboxWait.HELD_RECHECK);
        notifier.failuresLeft = 1;
        sender.sendDue(10);

        // the first retry waits a second (less the microsecond the clock moves at each reading)
        assertThat(sender.idleFor(atMost)).isBetween(Duration.ofMillis(999), Duration.ofSeconds(1));
        assertThat(sender.idleFor(Duration.ofMillis(300))).isEqualTo(Duration.ofMillis(300));
        clock.advance(Duration.ofSeconds(2));
        assertThat(sender.idleFor(atMost)).as("overdue").isEqualTo(OutboxWait.HELD_RECHECK);
    }

    @Test
    void backoffGrowsExponentiallyUpToTheCap() {
        RetryPolicy ceiling = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5), () -> 1.0);

        assertThat(ceiling.delayAfter(1)).contains(Duration.ofSeconds(1));
        assertThat(ceiling.delayAfter(2)).contains(Duration.ofSeconds(2));
        assertThat(ceiling.delayAfter(3)).contains(Duration.ofSeconds(4));
        assertThat(ceiling.delayAfter(4)).contains(Duration.ofSeconds(5));
        assertThat(ceiling.delayAfter(10)).isEmpty();
        assertThat(new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5), () -> 0.5).delayAfter(3))
                .contains(Duration.ofSeconds(2));
    }

    private void queue(String id) {
        outbox.add(new PendingNotification(id, org, new CaseId("case_1"), new StaffMemberId("stf_1"),
                new Notifier.Email(id + "@casework", Notifier.Kind.ASSIGNED, new Notifier.Recipient("ada@example.test",
                        "Ada"), new Notifier.CaseSummary("case_1", new CaseType("ato"), Priority.HIGH, "Ada L", "user-1"),
                        new Notifier.ChangedBy.ApiKey(new ApiKeyId("key_1"), "Zapier"),
                        "https://example.test/cases/case_1", null), 0, clock.instant()));
    }

    private NotificationView view(String id) {
        return outbox.list(org, Optional.empty(), Optional.empty(), 100, Optional.empty()).stream()
                .filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    /** A transport that refuses a given number of emails, then accepts, taking the time it is told; one email may break it. */
    private final class FlakyNotifier implements Notifier {
        final List<Email> sent = new ArrayList<>();
        int failuresLeft;
        boolean permanent;
        Duration eachSendTakes = Duration.ZERO;
        String brokenFor;

        @Override
        public void send(Email email) {
            clock.advance(eachSendTakes);
            if (email.messageId().equals(brokenFor)) {
                throw new IllegalStateException("template broken");
            }
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new DeliveryFailure("smtp down", permanent, null);
            }
            sent.add(email);
        }

        @Override
        public void checkReachable() {
        }
    }
}
