package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.casework.adapters.notify.smtp.SmtpNotifier;
import io.casework.adapters.notify.smtp.SmtpSettings;
import io.casework.adapters.notify.template.EmailRenderer;
import io.casework.adapters.persistence.jdbi.PostgresWorkSignal;
import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.NotificationView;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.Telemetry;
import io.casework.application.service.notification.NotificationSender;
import io.casework.application.service.notification.RetryPolicy;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.mail.Multipart;
import javax.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Assignment emails from the outbox on PostgreSQL to a real SMTP server (GreenMail), through outages. */
class EmailDeliveryTest {
    private final PostgresCasework casework = new PostgresCasework(100, 30);
    private final int port = freePort();
    private GreenMail smtp;
    private final OrganizationId org = casework.organization(Plan.GROWTH);

    @AfterEach
    void close() throws Exception {
        if (smtp != null) {
            smtp.stop();
        }
        casework.close();
    }

    @Test
    void theAssigneeGetsOneEmailWithBothPartsAndTheLink() throws Exception {
        startSmtp();
        StaffMember ada = casework.staffMember(org, "Ada", null);
        Case aCase = assignedTo(ada);

        sender(3).sendDue(20);

        assertThat(notification(aCase).lastError()).isNull();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage email = received[0];
        assertThat(email.getAllRecipients()[0].toString()).contains("ada@example.test");
        assertThat(email.getSubject()).isEqualTo("[Casework] Case " + aCase.id() + " (ato, normal) assigned to you");
        Multipart parts = (Multipart) email.getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("http://localhost:8080/cases/" + aCase.id());
        assertThat(notification(aCase).status()).isEqualTo(NotificationView.Status.SENT);
    }

    @Test
    void anEmailQueuedWhileTheMailServerIsDownIsDeliveredOnceItIsBackWithTheSameMessageId() throws Exception {
        StaffMember ada = casework.staffMember(org, "Ada", null);
        Case aCase = assignedTo(ada);
        NotificationSender sender = sender(10);

        sender.sendDue(20);
        NotificationView failedOnce = notification(aCase);
        assertThat(failedOnce.status()).isEqualTo(NotificationView.Status.PENDING);
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.lastError()).isNotBlank();

        startSmtp();
        sendUntil(sender, aCase, NotificationView.Status.SENT);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getMessageID()).isEqualTo("<" + failedOnce.id() + "@casework>");
    }

    @Test
    void anEmailThatCannotBeDeliveredIsFailedAfterTheLastAttemptWithItsError() throws Exception {
        StaffMember ada = casework.staffMember(org, "Ada", null);
        Case aCase = assignedTo(ada);

        sendUntil(sender(3), aCase, NotificationView.Status.FAILED);

        NotificationView failed = notification(aCase);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isNotBlank();
    }

    @Test
    void nothingIsLostWhenTheServerStopsBetweenTheAssignmentAndTheSend() throws Exception {
        StaffMember ada = casework.staffMember(org, "Ada", null);
        Case aCase = assignedTo(ada);
        // no sender ran: the process stopped right after committing the assignment, and the email waits
        assertThat(notification(aCase).status()).isEqualTo(NotificationView.Status.PENDING);
        assertThat(notification(aCase).attempts()).isZero();

        startSmtp();
        sender(3).sendDue(20);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notification(aCase).status()).isEqualTo(NotificationView.Status.SENT);
    }

    @Test
    void twoSendersNeverSendOneNotificationTwice() throws Exception {
        startSmtp();
        StaffMember ada = casework.staffMember(org, "Ada", null);
        for (int i = 0; i < 40; i++) {
            assignedTo(ada);
        }
        NotificationSender first = sender(3);
        NotificationSender second = sender(3);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (NotificationSender sender : List.of(first, second)) {
                running.add(threads.submit(() -> {
                    while (sender.sendDue(5) > 0) {
                        // keep draining
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        Set<String> messageIds = new HashSet<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            messageIds.add(m.getMessageID());
        }
        assertThat(smtp.getReceivedMessages()).hasSize(40);
        assertThat(messageIds).hasSize(40);
    }

    /**
     * A sender holds its batch in an open transaction while it sends; when its connection goes (its process died,
     * here the database ends the session mid-send), another sender's loop takes the email within seconds, without
     * a signal and with a fallback poll of an hour.
     */
    @Test
    void anEmailHeldByASenderWhoseConnectionClosedMidSendIsSentByAnotherWithinSeconds() throws Exception {
        startSmtp();
        StaffMember ada = casework.staffMember(org, "Ada", null);
        Case aCase = assignedTo(ada);
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        NotificationSender dying = new NotificationSender(casework.db.notificationOutbox(), new Notifier() {
            @Override
            public void send(Email email) {
                sending.countDown();
                try {
                    released.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void checkReachable() {
            }
        }, new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), () -> 1.0), casework.db.transactions(),
                Wiring.CLOCK, Telemetry.NONE);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (PostgresWorkSignal signal = casework.db.newWorkSignal()) {
            thread.submit(() -> dying.sendDue(20));
            assertThat(sending.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(sender(3).sendDue(20)).as("held by the sender sending it").isZero();
            WakeUps wakeUps = new WakeUps(signal);
            BackgroundLoop loop = CaseworkApplication.emailSender(sender(3), wakeUps, Duration.ofHours(1));
            wakeUps.start();
            loop.start();
            try {
                TimeUnit.MILLISECONDS.sleep(200);
                assertThat(smtp.getReceivedMessages()).as("not while the first sender holds it").isEmpty();

                assertThat(terminateTheSessionHoldingAClaim()).isTrue();

                assertThat(smtp.waitForIncomingEmail(TimeUnit.SECONDS.toMillis(5), 1)).isTrue();
                assertThat(smtp.getReceivedMessages()[0].getMessageID())
                        .isEqualTo("<" + notification(aCase).id() + "@casework>");
            } finally {
                loop.stop();
                wakeUps.stop();
            }
        } finally {
            released.countDown();
            thread.shutdownNow();
        }
    }

    private boolean terminateTheSessionHoldingAClaim() throws Exception {
        try (Connection connection = casework.dataSource.getConnection();
             PreparedStatement terminate = connection.prepareStatement("""
                     SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                     WHERE datname = current_database() AND pid <> pg_backend_pid()
                       AND state = 'idle in transaction' AND query LIKE '%FOR UPDATE SKIP LOCKED%'""");
             ResultSet terminated = terminate.executeQuery()) {
            return terminated.next() && terminated.getBoolean(1) && !terminated.next();
        }
    }

    /** No timing goal: "promptly" is well inside a generous bound, and far below the sender's fallback poll. */
    @Test
    void anEmailQueuedWhileTheSenderIsIdleIsSentPromptlyBecauseOfTheSignal() throws Exception {
        startSmtp();
        StaffMember ada = casework.staffMember(org, "Ada", null);
        Set<Thread> before = emailSenderThreads();
        try (PostgresWorkSignal signal = casework.db.newWorkSignal()) {
            WakeUps wakeUps = new WakeUps(signal);
            BackgroundLoop loop = CaseworkApplication.emailSender(sender(3), wakeUps, Duration.ofHours(1));
            wakeUps.start();
            loop.start();
            try {
                awaitIdle(theNewEmailSender(before));

                Case aCase = assignedTo(ada);

                assertThat(smtp.waitForIncomingEmail(TimeUnit.SECONDS.toMillis(30), 1)).isTrue();
                assertThat(smtp.getReceivedMessages()[0].getMessageID())
                        .isEqualTo("<" + notification(aCase).id() + "@casework>");
            } finally {
                loop.stop();
                wakeUps.stop();
            }
        }
    }

    private static Set<Thread> emailSenderThreads() {
        Set<Thread> threads = new HashSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("email-sender-")) {
                threads.add(thread);
            }
        }
        return threads;
    }

    private static Thread theNewEmailSender(Set<Thread> before) {
        Set<Thread> started = emailSenderThreads();
        started.removeAll(before);
        assertThat(started).hasSize(1);
        return started.iterator().next();
    }

    /** Returns once the sender has found nothing to send and waits, as it does between emails. */
    private static void awaitIdle(Thread sender) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sender.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("the sender goes idle in time").isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    private Case assignedTo(StaffMember member) {
        Case aCase = casework.newCase(org);
        return casework.api.assignCase().assign(new AssignCaseCommand(org, Actor.apiKey("key_test"),
                aCase.id(), new AssignmentTarget(AssignmentTarget.AssigneeType.INDIVIDUAL, member.id().value(), null)));
    }

    private NotificationSender sender(int maxAttempts) {
        return new NotificationSender(casework.db.notificationOutbox(), notifier(),
                new RetryPolicy(maxAttempts, Duration.ofMillis(1), Duration.ofMillis(5), () -> 1.0),
                casework.db.transactions(), Wiring.CLOCK, Telemetry.NONE);
    }

    private SmtpNotifier notifier() {
        return new SmtpNotifier(new SmtpSettings("127.0.0.1", port, "", "", false, null, 2000),
                new EmailRenderer(null, null));
    }

    private void sendUntil(NotificationSender sender, Case aCase, NotificationView.Status status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (notification(aCase).status() != status && System.nanoTime() < deadline) {
            sender.sendDue(20);
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(notification(aCase).status()).isEqualTo(status);
    }

    private NotificationView notification(Case aCase) {
        List<NotificationView> all = casework.db.notificationOutbox().list(org, Optional.of(aCase.id()),
                Optional.empty(), 10, Optional.empty());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
