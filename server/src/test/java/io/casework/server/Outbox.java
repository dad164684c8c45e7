package io.casework.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;

/**
 * The {@code .eml} files the server writes when it has no SMTP server, read from disk as a person would open them.
 * Each email is handed out once, so a test asking twice for mail to one address gets the next one.
 */
final class Outbox {
    private static final Set<Path> READ = new HashSet<>();
    private final Path folder;

    Outbox(Path folder) {
        this.folder = folder;
    }

    /** The next unread email to {@code address}, waiting up to 20 seconds for the outbox to write it. */
    MimeMessage next(String address) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (Path file : unread()) {
                MimeMessage message = read(file);
                if (recipient(message).contains(address)) {
                    synchronized (READ) {
                        READ.add(file);
                    }
                    return message;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no email to " + address + " in " + folder);
    }

    static String text(MimeMessage message) {
        return part(message, 0);
    }

    static String html(MimeMessage message) {
        return part(message, 1);
    }

    private static String part(MimeMessage message, int index) {
        try {
            BodyPart part = ((Multipart) message.getContent()).getBodyPart(index);
            return (String) part.getContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> unread() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            synchronized (READ) {
                return files.filter(p -> p.toString().endsWith(".eml") && !READ.contains(p))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
