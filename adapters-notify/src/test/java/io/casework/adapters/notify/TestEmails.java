package io.casework.adapters.notify;

import io.casework.application.port.out.Notifier.CaseSummary;
import io.casework.application.port.out.Notifier.ChangedBy;
import io.casework.application.port.out.Notifier.Email;
import io.casework.application.port.out.Notifier.Kind;
import io.casework.application.port.out.Notifier.Recipient;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;

/** Test data for emails and the reading side of MIME messages, shared by the renderer test and the contract. */
public final class TestEmails {
    public static final String CASE_URL = "https://backoffice.example.com/cases/case_01JD5Q";

    private TestEmails() {
    }

    public static final String ORGANIZATION = "Acme Trust & Safety";

    public static Email anAssignment(String messageId) {
        return Email.aboutCase(messageId, Kind.ASSIGNED, new Recipient("ada@example.com", "Ada Lovelace"),
                new CaseSummary("case_01JD5Q", new CaseType("account_takeover"), Priority.HIGH, "Grace Hopper",
                        "user-123"),
                new ChangedBy.Workflow("Route ATO", 3), CASE_URL, null, ORGANIZATION);
    }

    public static Email withSubjectName(Email email, String subjectName) {
        CaseSummary c = email.caseSummary();
        return Email.aboutCase(email.messageId(), email.kind(), email.recipient(),
                new CaseSummary(c.caseId(), c.caseType(), c.priority(), subjectName, c.subjectReferenceId()),
                email.changedBy(), email.caseUrl(), email.teamName(), email.organizationName());
    }

    public static Email withRecipient(Email email, Recipient recipient) {
        return Email.aboutCase(email.messageId(), email.kind(), recipient, email.caseSummary(), email.changedBy(),
                email.caseUrl(), email.teamName(), email.organizationName());
    }

    public static Email toTeam(Email email, String teamName) {
        return Email.aboutCase(email.messageId(), email.kind(), email.recipient(), email.caseSummary(),
                email.changedBy(), email.caseUrl(), teamName, email.organizationName());
    }

    public static Email withKind(Email email, Kind kind) {
        return Email.aboutCase(email.messageId(), kind, email.recipient(), email.caseSummary(), email.changedBy(),
                email.caseUrl(), email.teamName(), email.organizationName());
    }

    /** As emails queued before the organization's name was kept come out of the outbox. */
    public static Email withoutOrganization(Email email) {
        return Email.aboutCase(email.messageId(), email.kind(), email.recipient(), email.caseSummary(),
                email.changedBy(), email.caseUrl(), email.teamName(), null);
    }

    /** The decoded content of the first part of this MIME type, e.g. {@code text/plain}. */
    public static String part(MimeMessage message, String mimeType) throws MessagingException, IOException {
        return leafParts(message).stream()
                .filter(p -> isMimeType(p, mimeType))
                .findFirst()
                .map(TestEmails::content)
                .orElseThrow(() -> new AssertionError("no " + mimeType + " part"));
    }

    /** The MIME types of the leaf parts, in order. */
    public static List<String> leafTypes(MimeMessage message) throws MessagingException, IOException {
        List<String> types = new ArrayList<>();
        for (Part p : leafParts(message)) {
            types.add(p.getContentType().split(";")[0].trim().toLowerCase(java.util.Locale.ROOT));
        }
        return types;
    }

    private static List<Part> leafParts(Part part) throws MessagingException, IOException {
        List<Part> leaves = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leafParts(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private static boolean isMimeType(Part part, String mimeType) {
        try {
            return part.isMimeType(mimeType);
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String content(Part part) {
        try {
            return (String) part.getContent();
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }
}
