package io.casework.application.port.out;

import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The first answer to each request sent with an idempotency key, per organization and key, so that a retry gets
 * that answer again instead of doing the work twice. A request claims its key before the work (on its own, so that
 * a concurrent retry sees the claim) and completes it with the answer in the work's transaction; a request that
 * failed on the server side releases it. Shared by every server process, so {@link #claim} must be atomic across
 * them.
 */
public interface IdempotencyStore {
    /**
     * Claims the key for a request, atomically. The key is (re)claimed, and {@link Claim#acquired()} answered, when:
     * there is no record of it; or its record was claimed before {@code expiredBefore} (forgotten, whatever it
     * holds); or its record has no answer, was claimed before {@code abandonedBefore} and has the same
     * fingerprint (the process working on it probably died). Claiming writes
     * {@code (organization, key, token, fingerprint, claimedAt = now, no answer)}. Otherwise the record is left as
     * it is and returned.
     */
    Claim claim(ClaimRequest request);

    /**
     * Stores the answer of the request holding the claim made with {@code token}. Does nothing when the claim
     * is no longer that one (it was taken over): a slow first request must not overwrite the answer of the retry
     * that took its place. Called inside the transaction of the request's work, so that the work and its stored
     * answer commit together.
     *
     * @return false when the claim was no longer that one and nothing was stored
     */
    boolean complete(OrganizationId organizationId, String key, String token, StoredAnswer answer);

    /** Forgets the claim made with {@code token} if it has no answer yet, so that a retry runs the request. */
    void release(OrganizationId organizationId, String key, String token);

    /**
     * @param token           unique to this attempt; names the claim in {@link #complete} and {@link #release}
     * @param fingerprint     identifies the request; a retry must send the same one
     * @param abandonedBefore a claim without answer older than this may be taken over
     * @param expiredBefore   a record claimed before this is forgotten
     */
    record ClaimRequest(OrganizationId organizationId, String key, String token, String fingerprint, Instant now,
                        Instant abandonedBefore, Instant expiredBefore) {
        public ClaimRequest {
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(abandonedBefore, "abandonedBefore");
            Objects.requireNonNull(expiredBefore, "expiredBefore");
        }
    }

    /**
     * The outcome of a claim: acquired (the caller does the work), or the record already there, with the
     * fingerprint of the request that claimed it and its answer (empty while that request is in progress).
     */
    record Claim(boolean acquired, String fingerprint, Optional<StoredAnswer> answer) {
        public static Claim granted() {
            return new Claim(true, null, Optional.empty());
        }

        public static Claim existing(String fingerprint, Optional<StoredAnswer> answer) {
            return new Claim(false, Objects.requireNonNull(fingerprint), answer);
        }
    }

    /** An answer as the application got it from the adapter that answered: code, metadata and body, unread. */
    record StoredAnswer(int code, Map<String, String> metadata, String body) {
        public StoredAnswer {
            metadata = Map.copyOf(metadata);
            Objects.requireNonNull(body, "body");
        }
    }
}
