package io.casework.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.Notifier.ChangedBy;
import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.ApiKeyId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailDocumentTest {
    private static Notifier.Email email(ChangedBy changedBy) {
        return email(changedBy, "Acme Trust & Safety");
    }

    private static Notifier.Email email(ChangedBy changedBy, String organizationName) {
        return Notifier.Email.aboutCase("ntf_1@casework", Notifier.Kind.ASSIGNED, new Notifier.Recipient("ada@example.com",
                "Ada"), new Notifier.CaseSummary("case_1", new CaseType("fraud"), Priority.URGENT, null, "user-1"),
                changedBy, "https://example.com/cases/case_1", "Fraud (Tier 2)", organizationName);
    }

    /** As the versions before typed facts stored it: who changed the case, in words. */
    private static String earlier(String assignedBy) {
        return """
                {"message_id": "ntf_1@casework", "kind": "assigned",
                 "recipient": {"email": "ada@example.com", "name": "Ada"},
                 "case": {"case_id": "case_1", "case_type": "fraud", "priority": "urgent", "subject_name": null,
                          "subject_reference_id": "user-1"},
                 "assigned_by": "%s", "case_url": "https://example.com/cases/case_1", "team_name": "Fraud (Tier 2)"}"""
                .formatted(assignedBy);
    }

    @Test
    void keepsWhoChangedTheCase() {
        for (ChangedBy changedBy : new ChangedBy[] {new ChangedBy.ApiKey(new ApiKeyId("key_1"), "Zapier sync"),
            new ChangedBy.ApiKey(new ApiKeyId("key_2"), null),
            new ChangedBy.StaffMember("Grace Hopper"), new ChangedBy.Workflow("Route (version 2) ATO", 3),
            new ChangedBy.Reassignment("Ada Lovelace")}) {
            assertThat(EmailDocument.read(EmailDocument.write(email(changedBy)))).isEqualTo(email(changedBy));
        }
    }

    @Test
    void keepsADigestOfMovedCasesWhichIsAboutNoOneCase() {
        Notifier.Email digest = Notifier.Email.reassigned("ntf_3@casework",
                new Notifier.Recipient("ada@example.com", "Ada"),
                new Notifier.Digest(CaseReassigned.Reason.AWAY, List.of(
                        new Notifier.MovedCase(new Notifier.CaseSummary("case_1", new CaseType("fraud"), Priority.URGENT,
                                "Tom", null), "https://example.com/cases/case_1"),
                        new Notifier.MovedCase(new Notifier.CaseSummary("case_2", new CaseType("kyc"), Priority.LOW,
                                null, "user-2"), "https://example.com/cases/case_2"))), "Acme");

        String stored = EmailDocument.write(digest);

        assertThat(EmailDocument.read(stored)).isEqualTo(digest);
        assertThat(stored).doesNotContain("changed_by");
    }

    @Test
    void keepsASignInEmailWhichIsAboutNoCase() {
        Notifier.Email signIn = Notifier.Email.signIn("ntf_2@casework", new Notifier.Recipient("ada@example.com", "Ada"),
                "https://casework.example.com/sign-in/t0ken", "Acme Trust & Safety");

        String stored = EmailDocument.write(signIn);

        assertThat(EmailDocument.read(stored)).isEqualTo(signIn);
        assertThat(stored).doesNotContain("\"case\"", "changed_by");
    }

    @Test
    void readsEmailsStoredWhenWhoChangedTheCaseWasWordsAndTheOrganizationWasNotNamed() {
        assertThat(EmailDocument.read(earlier("the API (key_1)")))
                .isEqualTo(email(new ChangedBy.ApiKey(new ApiKeyId("key_1"), null), null));
        assertThat(EmailDocument.read(earlier("workflow Route (version 2) ATO (version 3)")))
                .isEqualTo(email(new ChangedBy.Workflow("Route (version 2) ATO", 3), null));
    }

    @Test
    void readsASignInEmailStoredBeforeTheOrganizationWasNamed() {
        String stored = """
                {"message_id": "ntf_2@casework", "kind": "sign_in",
                 "recipient": {"email": "ada@example.com", "name": "Ada"},
                 "sign_in_url": "https://casework.example.com/sign-in/t0ken"}""";

        assertThat(EmailDocument.read(stored)).isEqualTo(Notifier.Email.signIn("ntf_2@casework",
                new Notifier.Recipient("ada@example.com", "Ada"), "https://casework.example.com/sign-in/t0ken"));
    }
}
