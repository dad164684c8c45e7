package io.casework.adapters.notify.file;

import static io.casework.adapters.notify.TestEmails.anAssignment;
import static io.casework.adapters.notify.TestEmails.withSubjectName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.adapters.notify.NotifierContract;
import io.casework.adapters.notify.template.EmailRenderer;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.Notifier.DeliveryFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNotifierTest extends NotifierContract {
    @TempDir
    Path dataDir;

    private Path outbox() {
        return dataDir.resolve("outbox");
    }

    @Override
    protected Notifier notifier() {
        return new FileNotifier(outbox(), new EmailRenderer(null, null));
    }

    @Override
    protected List<MimeMessage> delivered() throws IOException, MessagingException {
        List<MimeMessage> messages = new ArrayList<>();
        for (Path file : files()) {
            messages.add(parse(file));
        }
        return messages;
    }

    @Test
    void aResendReplacesTheFileOfTheFirstAttempt() throws Exception {
        notifier().send(withSubjectName(anAssignment("ntf_1@casework"), "First attempt"));
        notifier().send(withSubjectName(anAssignment("ntf_1@casework"), "Second attempt"));

        assertThat(files()).extracting(f -> f.getFileName().toString()).containsExactly("ntf_1@casework.eml");
        assertThat(Files.readString(outbox().resolve("ntf_1@casework.eml"))).contains("Second attempt")
                .doesNotContain("First attempt");
    }

    @Test
    void eachFileIsAnRfc822MessageAndNothingElseIsLeftInTheOutbox() throws Exception {
        notifier().send(anAssignment("ntf_1@casework"));
        notifier().send(anAssignment("ntf_2@casework"));

        try (Stream<Path> all = Files.list(outbox())) {
            assertThat(all).extracting(f -> f.getFileName().toString())
                    .containsExactlyInAnyOrder("ntf_1@casework.eml", "ntf_2@casework.eml");
        }
        String raw = Files.readString(outbox().resolve("ntf_1@casework.eml"));
        assertThat(raw).contains("\r\nMessage-ID: <ntf_1@casework>\r\n", "\r\nMIME-Version: 1.0\r\n")
                .startsWith("Date: ")
                .contains("\r\n\r\n") // the blank line between headers and body
                .doesNotContainPattern("[^\r]\n"); // every line ends in CRLF, as RFC 5322 wants
        MimeMessage parsed = parse(outbox().resolve("ntf_1@casework.eml"));
        assertThat(parsed.getMessageID()).isEqualTo("<ntf_1@casework>");
        assertThat(parsed.getSentDate()).isNotNull();
    }

    @Test
    void aMessageIdThatIsNoSafeFileNameStaysInsideTheOutboxAndApartFromLookAlikes() throws Exception {
        notifier().send(anAssignment("../../escape@casework"));
        notifier().send(anAssignment(".._.._escape@casework"));

        assertThat(files()).hasSize(2).allSatisfy(f -> assertThat(f.getParent()).isEqualTo(outbox()));
        try (Stream<Path> above = Files.list(dataDir)) {
            assertThat(above).extracting(f -> f.getFileName().toString()).containsExactly("outbox");
        }
    }

    @Test
    void checkReachableCreatesAMissingOutbox() {
        notifier().checkReachable();

        assertThat(outbox()).isDirectory();
    }

    @Test
    void anOutboxThatCannotBeADirectoryIsATransientFailure() throws IOException {
        Files.writeString(outbox(), "a file where the outbox should be");

        assertThatThrownBy(() -> notifier().checkReachable()).isInstanceOfSatisfying(DeliveryFailure.class,
                f -> assertThat(f.isPermanent()).isFalse());
        assertThatThrownBy(() -> notifier().send(anAssignment("ntf_1@casework")))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.isPermanent()).isFalse());
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(outbox())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
    }

    private static MimeMessage parse(Path file) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            message.getContent(); // parse the body now, while the stream is open
            return message;
        }
    }
}
