package io.casework.adapters.notify.template;

import static io.casework.adapters.notify.TestEmails.anAssignment;
import static io.casework.adapters.notify.TestEmails.part;
import static io.casework.adapters.notify.TestEmails.toTeam;
import static io.casework.adapters.notify.TestEmails.withKind;
import static io.casework.adapters.notify.TestEmails.withRecipient;
import static io.casework.adapters.notify.TestEmails.withSubjectName;
import static io.casework.adapters.notify.TestEmails.withoutOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.adapters.notify.TestEmails;
import io.casework.application.port.out.Notifier.CaseSummary;
import io.casework.application.port.out.Notifier.ChangedBy;
import io.casework.application.port.out.Notifier.DeliveryFailure;
import io.casework.application.port.out.Notifier.Digest;
import io.casework.application.port.out.Notifier.MovedCase;
import io.casework.application.port.out.Notifier.Email;
import io.casework.application.port.out.Notifier.Kind;
import io.casework.application.port.out.Notifier.Recipient;
import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.organization.ApiKeyId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailRendererTest {
    private final Session session = Session.getInstance(new Properties());
    private final EmailRenderer renderer = new EmailRenderer(null, null);

    @Test
    void everyLineEndOfABodyBecomesCrlf() {
        assertThat(EmailRenderer.crlf("a\nb\r\nc\rd\r\r\ne\n\n")).isEqualTo("a\r\nb\r\nc\r\nd\r\n\r\ne\r\n\r\n");
        assertThat(EmailRenderer.crlf("")).isEmpty();
        assertThat(EmailRenderer.crlf("no line end")).isEqualTo("no line end");
    }

    @Test
    void assignedSubjectNamesTheCaseItsTypeAndPriority() throws Exception {
        MimeMessage message = renderer.render(anAssignment("ntf_1@casework"), session);

        assertThat(message.getSubject()).isEqualTo("[Casework] Case case_01JD5Q (account_takeover, high) assigned to you");
    }

    @Test
    void aSignInEmailCarriesTheLinkInBothParts() throws Exception {
        MimeMessage message = renderer.render(Email.signIn("ntf_1@casework", new Recipient("ada@example.com", "Ada"),
                "https://casework.example.com/sign-in/abc&def", "Acme Trust & Safety"), session);

        assertThat(message.getSubject()).isEqualTo("[Casework] Your sign-in link");
        assertThat(part(message, "text/plain")).contains("Hello Ada,", "https://casework.example.com/sign-in/abc&def",
                "works once, for 15 minutes", "sign in to Casework at Acme Trust & Safety:",
                "If you didn't ask to sign in, ignore this email");
        assertThat(part(message, "text/html")).contains(
                "<a href=\"https://casework.example.com/sign-in/abc&amp;def\" target=\"_blank\"",
                ">Sign in to Casework</a>", "expires after <strong>15 minutes</strong>",
                "If you didn't ask to sign in, ignore this email", "at <strong>Acme Trust &amp; Safety</strong>");
    }

    @Test
    void aDigestListsEveryMovedCaseWithItsLinkAndSaysWhyInOneEmail() throws Exception {
        Digest digest = new Digest(CaseReassigned.Reason.OUT_OF_OFFICE, List.of(
                new MovedCase(new CaseSummary("case_1", new CaseType("account_takeover"), Priority.HIGH,
                        "Tom & Jerry", null), "https://casework.example.com/cases/case_1"),
                new MovedCase(new CaseSummary("case_2", new CaseType("kyc"), Priority.NORMAL, null, "ref-2"),
                        "https://casework.example.com/cases/case_2")));

        MimeMessage message = renderer.render(Email.reassigned("ntf_1@casework",
                new Recipient("ada@example.com", "Ada"), digest, "Acme"), session);

        assertThat(message.getSubject())
                .isEqualTo("[Casework] 2 of your cases were reassigned while you are out of office");
        assertThat(part(message, "text/plain")).contains("Hello Ada,", "You are out of office",
                "- case_1  Account takeover, High, Tom & Jerry", "https://casework.example.com/cases/case_1",
                "- case_2  Kyc, Normal", "https://casework.example.com/cases/case_2", "at Acme were taken");
        assertThat(part(message, "text/html")).contains("2 cases moved away from you", "Tom &amp; Jerry",
                "<a href=\"https://casework.example.com/cases/case_2\" target=\"_blank\"");
    }

    @Test
    void aDigestOfOneCaseSaysSo() throws Exception {
        Digest digest = new Digest(CaseReassigned.Reason.DEACTIVATED, List.of(new MovedCase(
                new CaseSummary("case_1", new CaseType("kyc"), Priority.LOW, null, null), "https://x.test/case_1")));

        MimeMessage message = renderer.render(Email.reassigned("ntf_1@casework",
                new Recipient("ada@example.com", null), digest, null), session);

        assertThat(message.getSubject()).isEqualTo("[Casework] 1 of your cases was reassigned while you are deactivated");
    }

    @Test
    void theAssignmentHtmlLeadsWithTheSubjectAndTypeAndHasAButtonToTheCase() throws Exception {
        String html = part(renderer.render(anAssignment("ntf_1@casework"), session), "text/html");

        String heading = "<h1 style=\"margin: 0 0 12px 0; font-size: 26px; line-height: 32px; font-weight: 700; "
                + "color: #1d2433;\">Grace Hopper</h1>";
        assertThat(html).contains(heading, ">Account takeover</span>", ">High priority</span>",
                "<a href=\"" + TestEmails.CASE_URL + "\" target=\"_blank\"", ">Open the case</a>",
                "&nbsp;&nbsp;·&nbsp;&nbsp;Acme Trust &amp; Safety</span>",
                "because a case at Acme Trust &amp; Safety was assigned to you.");
        assertThat(html.indexOf(heading)).isLessThan(html.indexOf(">Account takeover</span>"))
                .isLessThan(html.indexOf(">Open the case</a>"));
        assertThat(html.indexOf(">Account takeover</span>")).isLessThan(html.indexOf(">Open the case</a>"));
        assertThat(html).contains("max-width: 600px").doesNotContain("<link", "<img", "<style", "<script", "class=");
    }

    @Test
    void anEmailQueuedBeforeTheOrganizationWasKeptLeavesItOut() throws Exception {
        MimeMessage message = renderer.render(withoutOrganization(anAssignment("ntf_1@casework")), session);

        assertThat(part(message, "text/html")).contains("because a case was assigned to you.")
                .doesNotContain("Acme", "&nbsp;&nbsp;·&nbsp;&nbsp;");
        assertThat(part(message, "text/plain")).contains("because a case was assigned to you.");
    }

    @Test
    void aTeamQueueEmailSaysTheCaseWentToTheRecipientsTeam() throws Exception {
        MimeMessage message = renderer.render(toTeam(anAssignment("ntf_1@casework"), "Fraud <Tier 2>"), session);

        assertThat(message.getSubject())
                .isEqualTo("[Casework] Case case_01JD5Q (account_takeover, high) assigned to your team Fraud <Tier 2>");
        assertThat(part(message, "text/plain"))
                .contains("assigned to your team, Fraud <Tier 2>, by workflow Route ATO (version 3)")
                .doesNotContain("to you by", "to you.");
        assertThat(part(message, "text/html"))
                .contains("assigned to your team, <strong>Fraud &lt;Tier 2&gt;</strong>, by")
                .doesNotContain("to you by", "to you.");
    }

    @Test
    void anSlaEmailSaysWhichDeadlineWasMissedAndHowTheRecipientHoldsTheCase() throws Exception {
        Email missed = Email.aboutCase("ntf_1@casework", Kind.SLA_BREACHED, new Recipient("ada@example.com", "Ada"),
                new CaseSummary("case_01JD5Q", new CaseType("account_takeover"), Priority.HIGH, "Grace Hopper", null),
                new ChangedBy.Sla("slap_1", SlaDeadline.ASSIGN_BY), "https://backoffice.example.com/cases/case_01JD5Q",
                "Fraud", "Acme");

        MimeMessage inQueue = renderer.render(missed, session);
        MimeMessage held = renderer.render(toTeam(withKind(missed, Kind.SLA_BREACHED), null), session);
        MimeMessage unresolved = renderer.render(Email.aboutCase("ntf_2@casework", Kind.SLA_BREACHED,
                missed.recipient(), missed.caseSummary(), new ChangedBy.Sla("slap_1", SlaDeadline.RESOLVE_BY),
                missed.caseUrl(), null, "Acme"), session);

        assertThat(inQueue.getSubject()).isEqualTo("[Casework] Case case_01JD5Q missed its assignment deadline");
        assertThat(part(inQueue, "text/plain"))
                .contains("Case case_01JD5Q, in the queue of team Fraud, was not assigned by the deadline its SLA "
                        + "policy (slap_1) set.")
                .contains("as a member of team Fraud at Acme");
        assertThat(part(inQueue, "text/html")).contains("was not assigned by the deadline");
        assertThat(part(held, "text/plain")).contains("Case case_01JD5Q was not assigned").doesNotContain("team");
        assertThat(unresolved.getSubject()).isEqualTo("[Casework] Case case_01JD5Q missed its resolution deadline");
        assertThat(part(unresolved, "text/plain")).contains("was not resolved by the deadline");
    }

    @Test
    void aChangeInTheDashboardNamesThePerson() throws Exception {
        Email email = anAssignment("ntf_1@casework");
        email = new Email(email.messageId(), email.kind(), email.recipient(), email.caseSummary(),
                new ChangedBy.StaffMember("Rita <Reviewer>"), email.caseUrl(), null);

        assertThat(part(renderer.render(email, session), "text/plain")).contains("assigned to you by Rita <Reviewer>.");
        assertThat(part(renderer.render(email, session), "text/html")).contains("by Rita &lt;Reviewer&gt;.");
    }

    @Test
    void aChangeThroughTheApiNamesTheKeyByItsName() throws Exception {
        Email email = anAssignment("ntf_1@casework");
        email = new Email(email.messageId(), email.kind(), email.recipient(), email.caseSummary(),
                new ChangedBy.ApiKey(new ApiKeyId("key_01JD5Q"), "Zapier <sync>"), email.caseUrl(), null);

        assertThat(part(renderer.render(email, session), "text/plain"))
                .contains("assigned to you by the API (key Zapier <sync>).").doesNotContain("key_01JD5Q");
        assertThat(part(renderer.render(email, session), "text/html")).contains("the API (key Zapier &lt;sync&gt;).");
    }

    /** Emails queued before key names were kept have none: the key's id is all there is. */
    @Test
    void aChangeThroughAKeyWhoseNameWasNotKeptNamesItsId() throws Exception {
        Email email = anAssignment("ntf_1@casework");
        email = new Email(email.messageId(), email.kind(), email.recipient(), email.caseSummary(),
                new ChangedBy.ApiKey(new ApiKeyId("key_01JD5Q"), null), email.caseUrl(), null);

        assertThat(part(renderer.render(email, session), "text/plain"))
                .contains("assigned to you by the API (key key_01JD5Q).");
    }

    @Test
    void unassignedSubjectSaysTheCaseIsNoLongerTheirs() throws Exception {
        MimeMessage message = renderer.render(withKind(anAssignment("ntf_1@casework"), Kind.UNASSIGNED), session);

        assertThat(message.getSubject()).isEqualTo("[Casework] Case case_01JD5Q is no longer assigned to you");
        assertThat(part(message, "text/plain")).contains("no longer assigned to you")
                .contains("workflow Route ATO (version 3)");
    }

    @Test
    void textPartListsTheCaseWhoAssignedItAndTheLink() throws Exception {
        String text = part(renderer.render(anAssignment("ntf_1@casework"), session), "text/plain");

        assertThat(text).contains("Hello Ada Lovelace,")
                .contains("assigned to you by workflow Route ATO (version 3)")
                .contains("Case:      case_01JD5Q\r\nType:      account_takeover\r\nPriority:  high\r\n"
                        + "Subject:   Grace Hopper\r\nReference: user-123\r\n\r\nOpen the case: "
                        + "https://backoffice.example.com/cases/case_01JD5Q\r\n");
    }

    @Test
    void linesForAnAbsentSubjectNameAndReferenceAreLeftOut() throws Exception {
        Email email = anAssignment("ntf_1@casework");
        CaseSummary noSubject = new CaseSummary("case_01JD5Q", new CaseType("onboarding"), Priority.NORMAL, null,
                null);
        MimeMessage message = renderer.render(new Email(email.messageId(), Kind.ASSIGNED,
                new Recipient("ada@example.com", null), noSubject, email.changedBy(), email.caseUrl(), null), session);
        String html = part(message, "text/html");

        assertThat(part(message, "text/plain")).startsWith("Hello,\r\n")
                .contains("Priority:  normal\r\n\r\nOpen the case")
                .doesNotContain("Subject:").doesNotContain("Reference:");
        assertThat(html).doesNotContain(">Subject</td>").doesNotContain("Reference");
        assertThat(html).as("the case is the heading when the subject has no name").contains(">Case case_01JD5Q</h1>");
    }

    @Test
    void userDataIsHtmlEscapedInTheHtmlPartOnly() throws Exception {
        MimeMessage message = renderer.render(withSubjectName(anAssignment("ntf_1@casework"),
                "Tom & Jerry <script>alert(1)</script>"), session);

        assertThat(part(message, "text/html")).contains("Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(part(message, "text/plain")).contains("Subject:   Tom & Jerry <script>alert(1)</script>");
        assertThat(message.getSubject()).doesNotContain("&amp;");
    }

    @Test
    void theMessageIdIsKeptWhenTheMessageIsSavedAgain() throws Exception {
        MimeMessage message = renderer.render(anAssignment("ntf_1@casework"), session);
        message.saveChanges();

        assertThat(message.getMessageID()).isEqualTo("<ntf_1@casework>");
    }

    @Test
    void fromDefaultsToCaseworkAtLocalhostAndFollowsConfiguration() throws Exception {
        assertThat(renderer.render(anAssignment("ntf_1@casework"), session).getFrom())
                .containsExactly(new InternetAddress("casework@localhost", "Casework"));

        EmailRenderer configured = new EmailRenderer("Acme Reviews <reviews@acme.example>", null);
        assertThat(configured.render(anAssignment("ntf_1@casework"), session).getFrom())
                .containsExactly(new InternetAddress("reviews@acme.example", "Acme Reviews"));
    }

    @Test
    void aMalformedFromIsRefusedAtConstruction() {
        assertThatThrownBy(() -> new EmailRenderer("a@example.com, b@example.com", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailRenderer("Casework <casework@localhost>\r\nBcc: evil@example.com", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecipientThatIsNotOneAddressIsAPermanentFailure() {
        for (String address : new String[] {"ada@example.com\r\nBcc: evil@example.com", "ada@example.com, evil@example.com",
                "not an address", ""}) {
            Email email = withRecipient(anAssignment("ntf_1@casework"), new Recipient(address, "Ada"));

            assertThatThrownBy(() -> renderer.render(email, session), address)
                    .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.isPermanent()).isTrue());
        }
    }

    @Test
    void aTemplateInTheOverrideDirectoryWinsOverTheBuiltInOne(@TempDir Path templates) throws Exception {
        Files.writeString(templates.resolve("case-assigned.txt.mustache"), "Custom: {{caseId}} & {{subjectName}}",
                StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("case-assigned.subject.mustache"), "New case {{caseId}}\n",
                StandardCharsets.UTF_8);
        EmailRenderer overridden = new EmailRenderer(null, templates);

        MimeMessage message = overridden.render(withSubjectName(anAssignment("ntf_1@casework"), "Tom & Jerry"), session);

        assertThat(message.getSubject()).isEqualTo("New case case_01JD5Q");
        assertThat(part(message, "text/plain")).isEqualTo("Custom: case_01JD5Q & Tom & Jerry");
        assertThat(part(message, "text/html")).contains("Open the case"); // not overridden: the built-in one
    }

    @Test
    void lineBreaksInHeaderValuesBecomeSpaces() throws Exception {
        Email email = withRecipient(anAssignment("ntf_1@casework"),
                new Recipient("ada@example.com", "Mallory\r\nBcc: evil@example.com"));
        email = toTeam(email, "Fraud\r\nBcc: evil@example.com");

        MimeMessage message = renderer.render(email, session);

        assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Mallory Bcc: evil@example.com");
        // javax.mail would fold a line break into a continuation line; we do not leave it the chance
        assertThat(message.getHeader("To", ",")).doesNotContain("\n").doesNotContain("\r");
        assertThat(message.getSubject())
                .isEqualTo("[Casework] Case case_01JD5Q (account_takeover, high) assigned to your team Fraud Bcc: evil@example.com");
        assertThat(message.getHeader("Bcc")).isNull();
    }

    @Test
    void nonAsciiNamesSurviveInHeadersAndBody() throws Exception {
        Email email = withRecipient(withSubjectName(anAssignment("ntf_1@casework"), "Zoë Ñúñez 李雷"),
                new Recipient("zoe@example.com", "Zoë Ñúñez"));
        MimeMessage message = renderer.render(email, session);

        assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Zoë Ñúñez");
        assertThat(part(message, "text/plain")).contains("Zoë Ñúñez 李雷");
        assertThat(part(message, "text/html")).contains("Zoë Ñúñez 李雷");
    }
}
