package io.casework.adapters.notify.file;

import io.casework.adapters.notify.template.EmailRenderer;
import io.casework.application.port.out.Notifier;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each email as an RFC 822 {@code .eml} file in an outbox directory instead of sending it: the transport
 * when no SMTP server is configured. A file is named after the Message-ID, so a resend replaces it; it appears
 * whole or not at all (written aside, then renamed), so a reader never sees half an email.
 */
public final class FileNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(FileNotifier.class);
    /** Keeps names portable and inside the outbox: no separators, no "..", no hidden files. */
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9@._-]|^\\.");
    private static final int MAX_NAME = 200;

    private final Path outbox;
    private final EmailRenderer renderer;
    private final Session session = Session.getInstance(new Properties());

    /** @param outbox created when missing, e.g. {@code <data dir>/outbox} */
    public FileNotifier(Path outbox, EmailRenderer renderer) {
        this.outbox = outbox.toAbsolutePath().normalize();
        this.renderer = renderer;
    }

    @Override
    public void send(Email email) {
        MimeMessage message = renderer.render(email, session);
        Path target = outbox.resolve(fileName(email.messageId()));
        try {
            Files.createDirectories(outbox);
            // the temporary name is hidden and not *.eml, so nothing that lists the outbox picks it up
            Path partial = Files.createTempFile(outbox, ".sending-", ".tmp");
            try {
                write(message, partial);
                moveInPlace(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException | MessagingException e) {
            throw new DeliveryFailure("cannot write email " + email.messageId() + " to " + target + ": " + e, false, e);
        }
        LOG.info("email_written message_id={} kind={} case_id={} path={}", email.messageId(), email.kind(),
                email.caseSummary() == null ? null : email.caseSummary().caseId(), target);
    }

    @Override
    public void checkReachable() {
        try {
            Files.createDirectories(outbox);
            Files.delete(Files.createTempFile(outbox, ".probe-", ".tmp"));
        } catch (IOException e) {
            throw new DeliveryFailure("outbox " + outbox + " is not writable: " + e, false, e);
        }
    }

    /** The Message-ID made safe as a file name; a hash of the original keeps two ids that clean up alike apart. */
    static String fileName(String messageId) {
        String safe = UNSAFE.matcher(messageId).replaceAll("_");
        if (safe.equals(messageId) && safe.length() <= MAX_NAME) {
            return safe + ".eml";
        }
        return safe.substring(0, Math.min(safe.length(), MAX_NAME)) + "-" + shortHash(messageId) + ".eml";
    }

    /** Flushed to disk before the rename: the caller marks the email sent once this returns. */
    private static void write(MimeMessage message, Path file) throws IOException, MessagingException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
            message.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    private static void moveInPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String shortHash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
