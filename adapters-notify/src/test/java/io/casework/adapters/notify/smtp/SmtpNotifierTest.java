package io.casework.adapters.notify.smtp;

import static io.casework.adapters.notify.TestEmails.anAssignment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.casework.adapters.notify.NotifierContract;
import io.casework.adapters.notify.template.EmailRenderer;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.Notifier.DeliveryFailure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import javax.mail.internet.MimeMessage;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpNotifierTest extends NotifierContract {
    /** A dynamic port: other builds on the same machine run GreenMail too, and 3025 would be taken. */
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String LOCALHOST = "127.0.0.1";
    private final EmailRenderer renderer = new EmailRenderer(null, null);

    @Override
    protected Notifier notifier() {
        return notifierOn(SmtpSettings.unauthenticated(LOCALHOST, GREEN_MAIL.getSmtp().getPort()));
    }

    @Override
    protected List<MimeMessage> delivered() {
        return List.of(GREEN_MAIL.getReceivedMessages());
    }

    @Test
    void aServerThatIsDownIsATransientFailure() throws IOException {
        Notifier notifier = notifierOn(SmtpSettings.unauthenticated(LOCALHOST, portNothingListensOn()));

        assertTransientFailure(() -> notifier.send(anAssignment("ntf_1@casework")));
    }

    @Test
    void checkReachableFailsWhileTheServerIsDownAndPassesWhenItIsUp() throws IOException {
        Notifier down = notifierOn(SmtpSettings.unauthenticated(LOCALHOST, portNothingListensOn()));

        assertTransientFailure(down::checkReachable);
        notifier().checkReachable();
    }

    @Test
    void authenticatesWithTheConfiguredUser() {
        GREEN_MAIL.setUser("casework@localhost", "casework", "s3cret");
        Notifier notifier = notifierOn(new SmtpSettings(LOCALHOST, GREEN_MAIL.getSmtp().getPort(), "casework",
                "s3cret", false, "Casework <casework@localhost>", 5_000));

        notifier.send(anAssignment("ntf_1@casework"));

        assertThat(delivered()).hasSize(1);
    }

    /** Configuration gives empty strings for unset settings; javax.mail would log in as the OS user. */
    @Test
    void blankCredentialsMeanNoLogin() {
        Notifier notifier = notifierOn(new SmtpSettings(LOCALHOST, GREEN_MAIL.getSmtp().getPort(), "", "", false,
                null, 5_000));

        notifier.send(anAssignment("ntf_1@casework"));

        assertThat(delivered()).hasSize(1);
    }

    @Test
    void rejectedCredentialsAreATransientFailureBecauseFixingTheConfigurationDeliversTheEmail() {
        GREEN_MAIL.setUser("casework@localhost", "casework", "s3cret");
        Notifier notifier = notifierOn(new SmtpSettings(LOCALHOST, GREEN_MAIL.getSmtp().getPort(), "casework",
                "wrong", false, null, 5_000));

        assertTransientFailure(() -> notifier.send(anAssignment("ntf_1@casework")));
        assertThat(delivered()).isEmpty();
    }

    @Test
    void requiredStartTlsThatTheServerDoesNotOfferSendsNothingInTheClear() {
        Notifier notifier = notifierOn(new SmtpSettings(LOCALHOST, GREEN_MAIL.getSmtp().getPort(), null, null,
                true, null, 5_000));

        assertTransientFailure(() -> notifier.send(anAssignment("ntf_1@casework")));
        assertThat(delivered()).isEmpty();
    }

    @Test
    void aRecipientRefusedWithA5xxReplyIsAPermanentFailure() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusingRecipient("550 5.1.1 no such user")) {
            assertPermanentFailure(() -> notifierOn(server).send(anAssignment("ntf_1@casework")));
        }
    }

    @Test
    void aRecipientDeferredWithA4xxReplyIsATransientFailure() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusingRecipient("451 4.3.0 try again later")) {
            assertTransientFailure(() -> notifierOn(server).send(anAssignment("ntf_1@casework")));
        }
    }

    @Test
    void contentRefusedWithA5xxReplyIsAPermanentFailure() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusingContent("554 5.7.1 message refused")) {
            assertPermanentFailure(() -> notifierOn(server).send(anAssignment("ntf_1@casework")));
        }
    }

    @Test
    void contentDeferredWithA4xxReplyIsATransientFailure() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusingContent("452 4.3.1 mailbox full")) {
            assertTransientFailure(() -> notifierOn(server).send(anAssignment("ntf_1@casework")));
        }
    }

    @Test
    void aRefusedSenderIsATransientFailureBecauseItIsTheConfigurationsFault() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusingSender("553 5.7.1 sender not allowed")) {
            assertTransientFailure(() -> notifierOn(server).send(anAssignment("ntf_1@casework")));
        }
    }

    @Test
    @Timeout(30) // without the read timeout this would hang the build, not fail it
    void aServerThatNeverAnswersTimesOutAsATransientFailure() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.silent()) {
            Notifier notifier = notifierOn(new SmtpSettings(LOCALHOST, server.port(), null, null, false, null, 300));
            long start = System.nanoTime();

            assertTransientFailure(() -> notifier.send(anAssignment("ntf_1@casework")));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aBatchSendsItsEmailsOverOneConnection() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.accepting()) {
            try (Notifier.Batch batch = notifierOn(server).batch()) {
                for (int i = 0; i < 3; i++) {
                    batch.send(anAssignment("ntf_" + i + "@casework"));
                }
            }

            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void aFailureInABatchDropsTheConnectionAndTheNextEmailOpensAFreshOne() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusingRecipient("451 4.3.0 try again later")) {
            try (Notifier.Batch batch = notifierOn(server).batch()) {
                assertTransientFailure(() -> batch.send(anAssignment("ntf_1@casework")));
                assertTransientFailure(() -> batch.send(anAssignment("ntf_2@casework")));
            }

            assertThat(server.connections()).isEqualTo(2);
        }
    }

    @Test
    void everyEmailOfABatchArrives() {
        try (Notifier.Batch batch = notifier().batch()) {
            batch.send(anAssignment("ntf_a@casework"));
            batch.send(anAssignment("ntf_b@casework"));
        }

        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void thePasswordStaysOutOfTheSettingsText() {
        SmtpSettings settings = new SmtpSettings("smtp.example.com", 587, "casework", "s3cret", true, null, 10_000);

        assertThat(settings.toString()).doesNotContain("s3cret").contains("smtp.example.com");
    }

    private Notifier notifierOn(SmtpSettings settings) {
        return new SmtpNotifier(settings, renderer);
    }

    private Notifier notifierOn(ScriptedSmtpServer server) {
        return notifierOn(SmtpSettings.unauthenticated(LOCALHOST, server.port()));
    }

    private static int portNothingListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void assertTransientFailure(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DeliveryFailure.class,
                f -> assertThat(f.isPermanent()).as("permanent").isFalse());
    }

    private static void assertPermanentFailure(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DeliveryFailure.class,
                f -> assertThat(f.isPermanent()).as("permanent").isTrue());
    }
}
