package io.casework.adapters.notify.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.MustacheResolver;
import io.casework.application.port.out.Notifier.CaseSummary;
import io.casework.application.port.out.Notifier.ChangedBy;
import io.casework.application.port.out.Notifier.DeliveryFailure;
import io.casework.application.port.out.Notifier.Digest;
import io.casework.application.port.out.Notifier.Email;
import io.casework.application.port.out.Notifier.Kind;
import io.casework.domain.cases.SlaDeadline;
import io.casework.application.port.out.Notifier.Recipient;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link Email} into a MIME message (multipart/alternative: text/plain then text/html, UTF-8) from Mustache
 * templates. Every transport renders through this class, so an SMTP email and an {@code .eml} file are the same bytes
 * apart from the Date header.
 *
 * <p>Templates are read once, at construction, from {@code /templates/} on the classpath; a file of the same name in
 * the override directory wins. Names: {@code case-assigned.subject.mustache}, {@code case-assigned.txt.mustache},
 * {@code case-assigned.html.mustache}, and the same three for {@code case-unassigned}, {@code case-sla-breached},
 * {@code sign-in} and {@code cases-reassigned}. Variables:
 * {@code recipientName}, {@code organizationName} (absent for emails queued before it was kept), {@code caseId},
 * {@code caseType} and {@code caseTypeLabel} ("account_takeover", "Account takeover"), {@code priority} and
 * {@code priorityLabel} ("high", "High"; {@code priorityUrgent} or {@code priorityHigh} is set for those two),
 * {@code subjectName}, {@code subjectReferenceId}, {@code assignedBy}, {@code caseUrl}, {@code teamName} (set when the
 * recipient is told as a member of the team the case went to); an SLA email also has {@code slaPolicy} and
 * {@code deadlineAssignBy} or {@code deadlineResolveBy} (which deadline was missed); a sign-in email has only
 * {@code recipientName}, {@code organizationName} and {@code signInUrl}; the digest of cases moved from an unavailable
 * member ({@code cases-reassigned}) has {@code recipientName}, {@code organizationName}, {@code reasonWords} ("out of
 * office"), {@code caseCount}, {@code oneCase} (set for one) and {@code cases}, each with the case variables above
 * and its {@code caseUrl}. Absent values are missing, so
 * {@code {{#subjectName}}…{{/subjectName}}} drops the line. The HTML templates are email-safe: tables and inline
 * styles, no external CSS or images, at most 600px wide. {@code {{ }}} HTML-escapes in the HTML template only; subject and text templates write values as they are.
 */
public final class EmailRenderer {
    public static final String DEFAULT_FROM = "Casework <casework@localhost>";

    private static final Logger LOG = LoggerFactory.getLogger(EmailRenderer.class);
    private static final String CLASSPATH_ROOT = "/templates/";
    private static final String CHARSET = "UTF-8";
    /** Header line breaks are what injection needs; other control characters have no business in a header either. */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x1F\\x7F]+");

    private final InternetAddress from;
    private final Map<Kind, Templates> templates = new EnumMap<>(Kind.class);

    /**
     * @param from              the From header, e.g. {@code Casework <casework@example.com>}; null or blank: {@link #DEFAULT_FROM}
     * @param overrideDirectory a directory whose template files replace the built-in ones; null: built-in only
     * @throws IllegalArgumentException when {@code from} is not one valid address
     * @throws MustacheException        when a template does not compile
     */
    public EmailRenderer(String from, Path overrideDirectory) {
        this.from = parseFrom(from == null || from.isBlank() ? DEFAULT_FROM : from);
        MustacheResolver resolver = new OverridingResolver(overrideDirectory);
        MustacheFactory html = new DefaultMustacheFactory(resolver);
        MustacheFactory text = new PlainTextMustacheFactory(resolver);
        for (Kind kind : Kind.values()) {
            String base = kind == Kind.SIGN_IN ? "sign-in"
                    : kind == Kind.REASSIGNED ? "cases-reassigned" : "case-" + named(kind).replace('_', '-');
            templates.put(kind, new Templates(text.compile(base + ".subject.mustache"),
                    text.compile(base + ".txt.mustache"), html.compile(base + ".html.mustache")));
        }
    }

    /**
     * Builds the message, headers saved, ready to send or write.
     *
     * @throws DeliveryFailure permanent, when the email itself cannot be sent (a malformed recipient or message id)
     */
    public MimeMessage render(Email email, Session session) {
        Templates template = templates.get(email.kind());
        Map<String, Object> scope = scope(email);
        try {
            MimeMessage message = new StableIdMessage(session, messageIdHeader(email.messageId()));
            message.setFrom(from);
            message.setRecipient(MimeMessage.RecipientType.TO, recipient(email.recipient()));
            message.setHeader("Subject", EncodedWords.header("Subject", oneLine(execute(template.subject(), scope))));
            message.setSentDate(new Date());
            // RFC 3834: keeps vacation responders from answering a machine
            message.setHeader("Auto-Submitted", "auto-generated");

            MimeBodyPart text = new MimeBodyPart();
            text.setText(crlf(execute(template.text(), scope)), CHARSET, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(crlf(execute(template.html(), scope)), CHARSET, "html");
            // alternatives go from plainest to richest; clients show the last one they can
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            message.setContent(alternatives);
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new DeliveryFailure("cannot build email " + email.messageId() + ": " + e.getMessage(), true, e);
        }
    }

    private static Map<String, Object> scope(Email email) {
        Map<String, Object> scope = new HashMap<>();
        // absent rather than blank, so a template section around an optional value disappears with it
        putIfPresent(scope, "recipientName", email.recipient().name());
        putIfPresent(scope, "organizationName", email.organizationName());
        if (email.kind() == Kind.SIGN_IN) {
            putIfPresent(scope, "signInUrl", email.signInUrl());
            return scope;
        }
        if (email.kind() == Kind.REASSIGNED) {
            Digest digest = email.digest();
            scope.put("reasonWords", switch (digest.reason()) {
                case DEACTIVATED -> "deactivated";
                case AWAY -> "away";
                case OUT_OF_OFFICE -> "out of office";
            });
            scope.put("caseCount", String.valueOf(digest.cases().size()));
            if (digest.cases().size() == 1) {
                scope.put("oneCase", Boolean.TRUE);
            }
            scope.put("cases", digest.cases().stream().map(moved -> {
                Map<String, Object> one = new HashMap<>();
                putCase(one, moved.caseSummary());
                putIfPresent(one, "caseUrl", moved.caseUrl());
                return one;
            }).toList());
            return scope;
        }
        putCase(scope, email.caseSummary());
        putIfPresent(scope, "assignedBy", words(email.changedBy()));
        putIfPresent(scope, "caseUrl", email.caseUrl());
        putIfPresent(scope, "teamName", email.teamName());
        if (email.changedBy() instanceof ChangedBy.Sla bySla) {
            putIfPresent(scope, "slaPolicy", bySla.policyId());
            scope.put(bySla.deadline() == SlaDeadline.ASSIGN_BY ? "deadlineAssignBy" : "deadlineResolveBy",
                    Boolean.TRUE);
        }
        return scope;
    }

    private static void putCase(Map<String, Object> scope, CaseSummary summary) {
        putIfPresent(scope, "caseId", summary.caseId());
        putIfPresent(scope, "caseType", summary.caseType().value());
        putIfPresent(scope, "caseTypeLabel", label(summary.caseType().value()));
        String priority = named(summary.priority());
        putIfPresent(scope, "priority", priority);
        putIfPresent(scope, "priorityLabel", label(priority));
        if (priority.equals("urgent") || priority.equals("high")) {
            scope.put(priority.equals("urgent") ? "priorityUrgent" : "priorityHigh", Boolean.TRUE);
        }
        putIfPresent(scope, "subjectName", summary.subjectName());
        putIfPresent(scope, "subjectReferenceId", summary.subjectReferenceId());
    }

    /**
     * Who made the change, as the emails say it: "the API (key Zapier sync)", "Ada Lovelace", "workflow Route ATO
     * (version 3)". A key is named by its name, which people chose and read; only an email queued before names were
     * kept shows its id.
     */
    private static String words(ChangedBy changedBy) {
        if (changedBy instanceof ChangedBy.ApiKey byApi) {
            return "the API (key " + (byApi.name() == null ? byApi.keyId().value() : byApi.name()) + ")";
        }
        if (changedBy instanceof ChangedBy.StaffMember byPerson) {
            return byPerson.name();
        }
        if (changedBy instanceof ChangedBy.Reassignment byReassignment) {
            return "Casework, as " + byReassignment.memberName() + " is unavailable";
        }
        if (changedBy instanceof ChangedBy.Sla bySla) {
            return "SLA policy " + bySla.policyId();
        }
        ChangedBy.Workflow byWorkflow = (ChangedBy.Workflow) changedBy;
        return "workflow " + byWorkflow.name() + " (version " + byWorkflow.version() + ")";
    }

    /** A machine name as people read it: {@code account_takeover} is "Account takeover". */
    static String label(String name) {
        String words = name.replace('_', ' ').replace('-', ' ').strip();
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** Enumerations appear in template names and emails in lower case: {@code case-unassigned}, {@code high}. */
    private static String named(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static void putIfPresent(Map<String, Object> scope, String key, String value) {
        if (value != null && !value.isBlank()) {
            scope.put(key, value);
        }
    }

    private static String execute(Mustache template, Map<String, Object> scope) {
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }

    /**
     * RFC 5322 lines end in CRLF. The SMTP transport converts on the wire, but an {@code .eml} file holds the body as
     * given, so it is made canonical here, whatever line endings the template file has. A loop, not a regular
     * expression: it runs over every email's bodies, and the alternation's search was a fifth of the sender's CPU.
     */
    static String crlf(String body) {
        StringBuilder canonical = new StringBuilder(body.length() + body.length() / 16);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\r' || c == '\n') {
                canonical.append("\r\n");
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                canonical.append(c);
            }
        }
        return canonical.toString();
    }

    /** Strips what could end a header line (CR, LF) so user data cannot add headers or recipients. */
    static String oneLine(String value) {
        return CONTROL_CHARACTERS.matcher(value).replaceAll(" ").strip();
    }

    private static String messageIdHeader(String messageId) {
        if (messageId.isBlank() || !messageId.chars().allMatch(c -> c > ' ' && c < 0x7F && c != '<' && c != '>')) {
            throw new DeliveryFailure("message id is not a valid Message-ID: " + oneLine(messageId), true, null);
        }
        return "<" + messageId + ">";
    }

    /** A recipient address with a line break is refused, not repaired: repairing would guess where to send. */
    private static InternetAddress recipient(Recipient recipient) {
        String address = recipient.email();
        if (address == null || address.isBlank() || address.indexOf('\r') >= 0 || address.indexOf('\n') >= 0) {
            throw new DeliveryFailure("recipient address is empty or contains a line break", true, null);
        }
        String name = recipient.name() == null || recipient.name().isBlank() ? null : oneLine(recipient.name());
        try {
            InternetAddress parsed = EncodedWords.address(address.strip(), name);
            parsed.validate(); // one plain address: no comma-separated list, no group, no route
            return parsed;
        } catch (AddressException e) {
            throw new DeliveryFailure("recipient address is not valid: " + oneLine(address), true, e);
        }
    }

    private static InternetAddress parseFrom(String from) {
        if (from.indexOf('\r') >= 0 || from.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("the From address contains a line break");
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(from, true);
            if (parsed.length != 1) {
                throw new IllegalArgumentException("the From address must be exactly one address: " + from);
            }
            return parsed[0];
        } catch (AddressException e) {
            throw new IllegalArgumentException("the From address is not valid: " + from, e);
        }
    }

    private record Templates(Mustache subject, Mustache text, Mustache html) {
    }

    /** javax.mail would replace the Message-ID on every save; a resend must carry the same one. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageIdHeader;

        StableIdMessage(Session session, String messageIdHeader) {
            super(session);
            this.messageIdHeader = messageIdHeader;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageIdHeader);
        }
    }

    /** Subject and text/plain are not HTML: {@code {{ }}} must write "Tom & Jerry", not "Tom &amp; Jerry". */
    private static final class PlainTextMustacheFactory extends DefaultMustacheFactory {
        PlainTextMustacheFactory(MustacheResolver resolver) {
            super(resolver);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new MustacheException("cannot write template output", e);
            }
        }
    }

    /** A file in the override directory, else the built-in template; logs each override so operators can see it. */
    private static final class OverridingResolver implements MustacheResolver {
        private final Path overrideDirectory;

        OverridingResolver(Path overrideDirectory) {
            this.overrideDirectory = overrideDirectory;
        }

        @Override
        public Reader getReader(String name) {
            if (overrideDirectory != null) {
                Path file = overrideDirectory.resolve(name);
                if (Files.isRegularFile(file)) {
                    LOG.info("email_template_override template={} path={}", name, file);
                    try {
                        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read email template " + file, e);
                    }
                }
            }
            InputStream builtIn = EmailRenderer.class.getResourceAsStream(CLASSPATH_ROOT + name);
            return builtIn == null ? null : new InputStreamReader(builtIn, StandardCharsets.UTF_8);
        }
    }
}
