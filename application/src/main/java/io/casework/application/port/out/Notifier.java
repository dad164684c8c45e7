package io.casework.application.port.out;

import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.organization.ApiKeyId;
import java.util.List;
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

    /**
     * Several emails in a row, over one connection where the transport has connections: a sender opens a batch
     * for the emails it claimed and closes it after the last. Each {@link Batch#send} succeeds or fails alone.
     */
    default Batch batch() {
        return new Batch() {
            @Override
            public void send(Email email) {
                Notifier.this.send(email);
            }

            @Override
            public void close() {
            }
        };
    }

    interface Batch extends AutoCloseable {
        /** @throws DeliveryFailure when the transport did not accept the email */
        void send(Email email);

        @Override
        void close();
    }

    enum Kind {
        /** The recipient now holds the case (themselves, or as a member of the team it was given to). */
        ASSIGNED,
        /** The case was taken from the recipient (unassigned, or reassigned to someone else). */
        UNASSIGNED,
        /** A link that signs the recipient in; about no case. */
        SIGN_IN,
        /** One digest of the cases taken from the recipient because they became unavailable; about no one case. */
        REASSIGNED,
        /** A deadline of the case's SLA passed unmet; the recipient holds the case (or is in the team holding it). */
        SLA_BREACHED
    }

    /**
     * @param messageId   stable per notification, without angle brackets, e.g. {@code ntf_01…@casework}
     * @param changedBy   who made the change
     * @param caseUrl     the link to the case in the organization's back office
     * @param teamName    the team the case was given to, when the recipient is told as one of its members (a team
     *                    queue); null when the case is, or was, the recipient's own
     * @param signInUrl   for {@link Kind#SIGN_IN} only, the link that signs the recipient in; a sign-in email has no
     *                    case, so {@code caseSummary}, {@code changedBy} and {@code caseUrl} are null
     * @param organizationName the name of the organization the case (or the sign-in) is at, so that a person in
     *                    several organizations knows which one; null when not known (emails queued before it was kept)
     * @param digest      for {@link Kind#REASSIGNED} only, the cases moved; like a sign-in email it has no one case
     */
    record Email(String messageId, Kind kind, Recipient recipient, CaseSummary caseSummary, ChangedBy changedBy,
                 String caseUrl, String teamName, String signInUrl, String organizationName, Digest digest) {
        public Email {
            Objects.requireNonNull(messageId);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(recipient);
            if ((kind == Kind.REASSIGNED) != (digest != null)) {
                throw new IllegalArgumentException("a digest, and only a digest, lists moved cases");
            }
            if (kind == Kind.REASSIGNED) {
                if (caseSummary != null || changedBy != null || caseUrl != null || teamName != null
                        || signInUrl != null) {
                    throw new IllegalArgumentException("a digest is about no one case");
                }
            } else if (kind == Kind.SIGN_IN) {
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

        /** Any email but a digest. */
        public Email(String messageId, Kind kind, Recipient recipient, CaseSummary caseSummary, ChangedBy changedBy,
                     String caseUrl, String teamName, String signInUrl, String organizationName) {
            this(messageId, kind, recipient, caseSummary, changedBy, caseUrl, teamName, signInUrl, organizationName,
                    null);
        }

        /** Without the organization's name. */
        public Email(String messageId, Kind kind, Recipient recipient, CaseSummary caseSummary, ChangedBy changedBy,
                     String caseUrl, String teamName, String signInUrl) {
            this(messageId, kind, recipient, caseSummary, changedBy, caseUrl, teamName, signInUrl, null);
        }

        /** An email about a case, without the organization's name. */
        public Email(String messageId, Kind kind, Recipient recipient, CaseSummary caseSummary, ChangedBy changedBy,
                     String caseUrl, String teamName) {
            this(messageId, kind, recipient, caseSummary, changedBy, caseUrl, teamName, null, null);
        }

        /** An email about a case at the organization named {@code organizationName} (null: not known). */
        public static Email aboutCase(String messageId, Kind kind, Recipient recipient, CaseSummary caseSummary,
                                      ChangedBy changedBy, String caseUrl, String teamName, String organizationName) {
            return new Email(messageId, kind, recipient, caseSummary, changedBy, caseUrl, teamName, null,
                    organizationName);
        }

        public static Email signIn(String messageId, Recipient recipient, String signInUrl) {
            return signIn(messageId, recipient, signInUrl, null);
        }

        /** A sign-in link to the organization named {@code organizationName} (null: not known). */
        public static Email signIn(String messageId, Recipient recipient, String signInUrl, String organizationName) {
            return new Email(messageId, Kind.SIGN_IN, recipient, null, null, null, null, signInUrl, organizationName);
        }

        /** The digest of the cases moved away from the recipient, at the organization named {@code organizationName}. */
        public static Email reassigned(String messageId, Recipient recipient, Digest digest, String organizationName) {
            return new Email(messageId, Kind.REASSIGNED, recipient, null, null, null, null, null, organizationName,
                    Objects.requireNonNull(digest));
        }
    }

    /** The cases moved away from a member who became unavailable; {@code reason}: why they could no longer work them. */
    record Digest(CaseReassigned.Reason reason, List<MovedCase> cases) {
        public Digest {
            Objects.requireNonNull(reason);
            cases = List.copyOf(cases);
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("a digest lists at least one case");
            }
        }
    }

    /** One moved case, as a digest lists it. */
    record MovedCase(CaseSummary caseSummary, String caseUrl) {
        public MovedCase {
            Objects.requireNonNull(caseSummary);
            Objects.requireNonNull(caseUrl);
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
        /**
         * A client of the API, calling with this key, named {@code name} then; the name is null for emails queued
         * before it was kept.
         */
        record ApiKey(ApiKeyId keyId, String name) implements ChangedBy {
            public ApiKey {
                Objects.requireNonNull(keyId);
            }
        }

        /** A staff member in the dashboard, by the name they had then. */
        record StaffMember(String name) implements ChangedBy {
            public StaffMember {
                Objects.requireNonNull(name);
            }
        }

        /** Casework itself, moving the cases of {@code memberName}, who became unavailable. */
        record Reassignment(String memberName) implements ChangedBy {
            public Reassignment {
                Objects.requireNonNull(memberName);
            }
        }

        /** A run of this version of a workflow. */
        record Workflow(String name, int version) implements ChangedBy {
            public Workflow {
                Objects.requireNonNull(name);
            }
        }

        /** Time itself: the {@code deadline} the SLA policy {@code policyId} set passed unmet. */
        record Sla(String policyId, SlaDeadline deadline) implements ChangedBy {
            public Sla {
                Objects.requireNonNull(policyId);
                Objects.requireNonNull(deadline);
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
