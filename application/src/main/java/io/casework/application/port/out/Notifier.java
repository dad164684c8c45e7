package io.casework.application.port.out;

import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.ApiKeyId;
import java.util.Objects;

/**
 * Delivers one email, about a case or a sign-in link, to one staff member. Adapters render it (text and HTML parts) and send it
 * through their transport; the same {@code messageId} on every attempt lets a recipient's mail system, and
 * people, recognise a resend.
 */
public interface Notifier {
    /** @throws DeliveryFailure when the transport did not accept the email */
    void send(Email email);

    /** Throws {@link DeliveryFailure} when the transport cannot be reached now; for health checks. */
    void checkReachable();

    enum Kind {
        /** The recipient now holds the case (themselves, or as a member of the team it was given to). */
        ASSIGNED,
        /** The case was taken from the recipient (unassigned, or reassigned to someone else). */
        UNASSIGNED,
        /** A link that signs the recipient in; about no case. */
        SIGN_IN
    }

    /**
     * @param messageId   stable per notification, without angle brackets, e.g. {@code ntf_01…@casework}
     * @param changedBy   who made the change
     * @param caseUrl     the link to the case in the organization's back office
     * @param teamName    the team the case was given to, when the recipient is told as one of its members (a team
     *                    queue); null when the case is, or was, the recipient's own
     * @param signInUrl   for {@link Kind#SIGN_IN} only, the link that signs the recipient in; a sign-in email has no
     *                    case, so {@code caseSummary}, {@code changedBy} and {@code caseUrl} are null
     */
    record Email(String messageId, Kind kind, Recipient recipient, CaseSummary caseSummary, ChangedBy changedBy,
                 String caseUrl, String teamName, String signInUrl) {
        public Email {
            Objects.requireNonNull(messageId);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(recipient);
            if (kind == Kind.SIGN_IN) {
                Objects.requireNonNull(signInUrl);
                if (caseSummary != null || changedBy != null || caseUrl != null || teamName != null) {
                    throw new IllegalArgumentException("a sign-in email is about no case");
                }
            } else {
                Objects.requireNonNull(caseSummary);
                Objects.requireNonNull(changedBy);
                Objects.requireNonNull(caseUrl);
                if (signInUrl != null) {
                    throw new IllegalArgumentException("a case email carries no sign-in link");
                }
            }
        }

        /** An email about a case. */
        public Email(String messageId, Kind kind, Recipient recipient, CaseSummary caseSummary, ChangedBy changedBy,
                     String caseUrl, String teamName) {
            this(messageId, kind, recipient, caseSummary, changedBy, caseUrl, teamName, null);
        }

        public static Email signIn(String messageId, Recipient recipient, String signInUrl) {
            return new Email(messageId, Kind.SIGN_IN, recipient, null, null, null, null, signInUrl);
        }
    }

    record Recipient(String email, String name) {
    }

    /** {@code subjectName} and {@code subjectReferenceId} may be null. */
    record CaseSummary(String caseId, CaseType caseType, Priority priority, String subjectName,
                       String subjectReferenceId) {
        public CaseSummary {
            Objects.requireNonNull(caseId);
            Objects.requireNonNull(caseType);
            Objects.requireNonNull(priority);
        }
    }

    /** Who made the change an email tells of; the adapter words it for people. */
    sealed interface ChangedBy {
        /** A client of the API, calling with this key. */
        record ApiKey(ApiKeyId keyId) implements ChangedBy {
            public ApiKey {
                Objects.requireNonNull(keyId);
            }
        }

        /** A staff member, working the case in the dashboard. */
        record Person(String name) implements ChangedBy {
            public Person {
                Objects.requireNonNull(name);
            }
        }

        /** A run of this version of a workflow. */
        record Workflow(String name, int version) implements ChangedBy {
            public Workflow {
                Objects.requireNonNull(name);
            }
        }
    }

    /** The email was not delivered; {@code permanent} when trying again cannot help (a rejected address). */
    final class DeliveryFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean permanent;

        public DeliveryFailure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean isPermanent() {
            return permanent;
        }
    }
}
