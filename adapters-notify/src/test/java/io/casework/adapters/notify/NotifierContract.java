package io.casework.adapters.notify;

import static io.casework.adapters.notify.TestEmails.CASE_URL;
import static io.casework.adapters.notify.TestEmails.anAssignment;
import static io.casework.adapters.notify.TestEmails.leafTypes;
import static io.casework.adapters.notify.TestEmails.part;
import static io.casework.adapters.notify.TestEmails.toTeam;
import static io.casework.adapters.notify.TestEmails.withKind;
import static io.casework.adapters.notify.TestEmails.withRecipient;
import static io.casework.adapters.notify.TestEmails.withSubjectName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.Notifier.CaseSummary;
import io.casework.application.port.out.Notifier.DeliveryFailure;
import io.casework.application.port.out.Notifier.Email;
import io.casework.application.port.out.Notifier.Kind;
import io.casework.application.port.out.Notifier.Recipient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.mail.Address;
import javax.mail.Header;
import javax.mail.Message;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Notifier} does, whatever its transport. An adapter's test extends this class, starts its
 * transport fresh for each test, and answers the two hooks; the messages it hands back are parsed from what the
 * transport really carried (the bytes GreenMail received, the file on disk), not the objects that were sent.
 */
public abstract class NotifierContract {
    private static final String INJECTION = "Mallory\r\nBcc: evil@example.com";

    /** The notifier under test, delivering somewhere {@link #delivered()} can read. */
    protected abstract Notifier notifier();

    /** Every email the transport holds since the test started, parsed back from what it received. */
    protected abstract List<MimeMessage> delivered() throws Exception;

    @Test
    void deliversTheEmailWithItsMessageIdToTheRecipientUnderASubjectNamingTheCase() throws Exception {
        notifier().send(anAssignment("ntf_01JD5Q7@casework"));

        MimeMessage message = single(delivered());
        assertThat(message.getMessageID()).isEqualTo("<ntf_01JD5Q7@casework>");
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("ada@example.com", "Ada Lovelace"));
        assertThat(message.getSubject()).contains("case_01JD5Q");
        assertThat(message.getFrom()).hasSize(1);
    }

    @Test
    void theEmailHasATextAndAnHtmlPartNamingTheCaseWhoAssignedItAndTheLink() throws Exception {
        notifier().send(anAssignment("ntf_1@casework"));

        MimeMessage message = single(delivered());
        assertThat(message.isMimeType("multipart/alternative")).isTrue();
        assertThat(leafTypes(message)).containsExactly("text/plain", "text/html");
        for (String body : List.of(part(message, "text/plain"), part(message, "text/html"))) {
            assertThat(body).contains("case_01JD5Q", "Grace Hopper", "user-123", "workflow Route ATO (version 3)",
                    CASE_URL);
        }
        assertThat(part(message, "text/plain")).contains("account_takeover", "high");
        // the HTML part words the type and priority for people
        assertThat(part(message, "text/html")).contains("href=\"" + CASE_URL + "\"", "Account takeover", "High");
    }

    @Test
    void userDataCannotInjectMarkupIntoTheHtmlPart() throws Exception {
        notifier().send(withSubjectName(anAssignment("ntf_1@casework"), "<script>alert('x')</script> & co"));

        MimeMessage message = single(delivered());
        assertThat(part(message, "text/html")).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co");
        assertThat(part(message, "text/plain")).contains("<script>alert('x')</script> & co");
    }

    @Test
    void lineBreaksInCaseDataOrNamesCannotAddHeadersOrRecipients() throws Exception {
        Email email = anAssignment("ntf_1@casework");
        CaseSummary c = email.caseSummary();
        email = new Email(email.messageId(), Kind.ASSIGNED, new Recipient("ada@example.com", INJECTION),
                new CaseSummary(c.caseId(), c.caseType(), c.priority(), INJECTION, c.subjectReferenceId()),
                email.changedBy(), email.caseUrl(), "Fraud\r\nBcc: evil@example.com");

        notifier().send(email);

        MimeMessage message = single(delivered());
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getHeader("Cc")).isNull();
        List<Address> recipients = List.of(message.getAllRecipients());
        assertThat(recipients).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("ada@example.com");
        for (Header header : Collections.list(message.getAllHeaders())) {
            assertThat(header.getName()).isNotEqualToIgnoringCase("Bcc");
        }
        assertThat(message.getSubject()).doesNotContain("\r").doesNotContain("\n");
    }

    /**
     * A name is data: an RFC 2047 encoded-word in it reaches the headers encoded itself, so a mail client shows
     * the name as given, not what it encodes (here another address). The team name is long enough for several words.
     */
    @Test
    void encodedWordsInNamesReachTheToAndSubjectHeadersAsTheTextTheyAre() throws Exception {
        String staffName = "=?UTF-8?B?" + Base64.getEncoder().encodeToString(
                "Mallory <mallory@evil.example>".getBytes(StandardCharsets.UTF_8)) + "?=";
        String teamName = "=?UTF-8?Q?Security?= \u00c9quipe de lutte contre la fraude, tr\u00e8s longue \ud83d\ude80";
        Email email = toTeam(withRecipient(anAssignment("ntf_1@casework"), new Recipient("ada@example.com", staffName)),
                teamName);

        notifier().send(email);

        MimeMessage message = single(delivered());
        InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("ada@example.com");
        assertThat(to.getPersonal()).isEqualTo(staffName);
        assertThat(message.getHeader("To")[0]).doesNotContain(staffName);
        assertThat(message.getSubject())
                .isEqualTo("[Casework] Case case_01JD5Q (account_takeover, high) assigned to your team " + teamName);
    }

    @Test
    void aRecipientAddressWithALineBreakIsRefusedForGoodAndNothingIsDelivered() throws Exception {
        Email email = withRecipient(anAssignment("ntf_1@casework"),
                new Recipient("ada@example.com\r\nBcc: evil@example.com", "Ada"));

        assertThatThrownBy(() -> notifier().send(email))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.isPermanent()).isTrue());
        assertThat(delivered()).isEmpty();
    }

    @Test
    void anEmailSentAgainCarriesTheSameMessageIdSoItIsRecognisableAsAResend() throws Exception {
        Email email = anAssignment("ntf_resent@casework");

        notifier().send(email);
        notifier().send(email);

        assertThat(delivered()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getMessageID()).isEqualTo("<ntf_resent@casework>"));
    }

    @Test
    void anUnassignmentTellsTheRecipientTheCaseIsNoLongerTheirs() throws Exception {
        notifier().send(withKind(anAssignment("ntf_1@casework"), Kind.UNASSIGNED));

        MimeMessage message = single(delivered());
        assertThat(message.getSubject()).contains("case_01JD5Q", "no longer assigned to you");
        assertThat(part(message, "text/plain")).contains("no longer assigned to you", CASE_URL);
    }

    @Test
    void theTransportIsReachableWhenItWorks() {
        notifier().checkReachable();
    }

    private static MimeMessage single(List<MimeMessage> delivered) {
        assertThat(delivered).hasSize(1);
        return delivered.get(0);
    }
}
