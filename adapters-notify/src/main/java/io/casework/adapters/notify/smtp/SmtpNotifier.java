package io.casework.adapters.notify.smtp;

import com.sun.mail.smtp.SMTPAddressFailedException;
import com.sun.mail.smtp.SMTPSendFailedException;
import io.casework.adapters.notify.template.EmailRenderer;
import io.casework.application.port.out.Notifier;
import java.util.Locale;
import java.util.Properties;
import javax.mail.AuthenticationFailedException;
import javax.mail.MessagingException;
import javax.mail.SendFailedException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends each email through an SMTP server, one connection per email: notifications are few, and retried. */
public final class SmtpNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpNotifier.class);

    private final SmtpSettings settings;
    private final EmailRenderer renderer;
    private final Session session;

    /** @throws IllegalArgumentException when {@code settings.from()} is not a valid address */
    public SmtpNotifier(SmtpSettings settings, EmailRenderer renderer) {
        this.settings = settings;
        this.renderer = renderer;
        this.session = Session.getInstance(properties(settings));
    }

    @Override
    public void send(Email email) {
        try (Batch one = batch()) {
            one.send(email);
        }
    }

    /**
     * One SMTP connection for the whole batch, opened at its first email: connecting, greeting and quitting once
     * instead of per email. After a failure the connection is dropped, so whatever state it was left in, the next
     * email of the batch starts on a fresh one.
     */
    @Override
    public Batch batch() {
        return new Batch() {
            private Transport transport;

            @Override
            public void send(Email email) {
                MimeMessage message = renderer.render(email, session);
                try {
                    if (transport == null) {
                        transport = connect();
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    close();
                    throw new DeliveryFailure("SMTP server " + where() + " did not take email " + email.messageId()
                            + ": " + e.getMessage(), isPermanent(e), e);
                }
                LOG.debug("email_sent transport=smtp message_id={} kind={} case_id={}", email.messageId(),
                        email.kind(), email.caseSummary() == null ? null : email.caseSummary().caseId());
            }

            @Override
            public void close() {
                if (transport != null) {
                    SmtpNotifier.this.close(transport);
                    transport = null;
                }
            }
        };
    }

    @Override
    public void checkReachable() {
        try {
            close(connect());
        } catch (MessagingException e) {
            throw new DeliveryFailure("SMTP server " + where() + " is not reachable: " + e.getMessage(), false, e);
        }
    }

    private Transport connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
        return transport;
    }

    /** Once the server has taken the email, a failed QUIT must not turn into a failure that sends it again. */
    private void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("smtp_close_failed host={} port={} error={}", settings.host(), settings.port(), e.toString());
        }
    }

    /**
     * Permanent when the server refused this email for good: a 5xx reply to a recipient or to the content, or an
     * address it calls invalid; retrying would get the same answer. Everything else is worth retrying: a server that
     * is down or slow, a 4xx, and refusals of our credentials or sender, since those are the configuration's fault,
     * not the email's, and the email goes out once the configuration is fixed.
     */
    static boolean isPermanent(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return false;
        }
        for (Exception next = e; next != null; next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException refused) {
                return refused.getReturnCode() >= 500;
            }
            if (next instanceof SMTPSendFailedException refused) {
                return refused.getReturnCode() >= 500 && !refused.getCommand().toUpperCase(Locale.ROOT).startsWith("MAIL");
            }
        }
        return e instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0;
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    private static Properties properties(SmtpSettings settings) {
        String timeout = Long.toString(settings.timeoutMillis());
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.user() != null));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        // javax.mail 1.6 does not check the certificate's host name by default; TLS without that check stops no one
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        if (settings.from() != null && !settings.from().isBlank()) {
            p.setProperty("mail.smtp.from", envelopeSender(settings.from()));
        }
        return p;
    }

    private static String envelopeSender(String from) {
        try {
            return new InternetAddress(from, true).getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("the SMTP from address is not valid: " + from, e);
        }
    }
}
