package io.casework.application.port.in;

import io.casework.domain.organization.OrganizationId;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Requests sent with an idempotency key do their work once: a retry gets the first answer again instead. The
 * request first {@link #claim claims} its key, on its own so that a concurrent retry sees the claim; then it
 * {@link #run runs} its work and stores the answer in one transaction, so that the work and its answer commit
 * together or not at all. A request that failed before its work could commit has its {@link #answer answer}
 * stored, or, when it failed on the server's side, {@link #release releases} the key so that a retry runs for real.
 */
public interface IdempotentRequestUseCase {
    /** Claims the key for this request, or tells why the request must not run. */
    Claim claim(IdempotentRequest request);

    /**
     * Runs the work of a claimed request in a transaction, which use cases called by {@code work} join, and stores
     * its answer in that transaction. What {@code work} throws rolls it back and reaches the caller, the key still
     * claimed.
     */
    Outcome run(Claimed claimed, Supplier<Answer> work);

    /** Stores the answer of a claimed request whose work did not commit; a retry gets it. */
    void answer(Claimed claimed, Answer answer);

    /** Forgets the claim of a request that failed on the server's side, so that a retry runs it. */
    void release(Claimed claimed);

    /** What claiming a key gives. */
    sealed interface Claim permits Claimed, Replay, InProgress, KeyReused {
    }

    /** The key is this request's: it does its work. */
    record Claimed(OrganizationId organizationId, String key, String token) implements Claim {
        public Claimed {
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(token, "token");
        }
    }

    /** The same request was answered before: this is its answer, to give again. */
    record Replay(Answer answer) implements Claim {
        public Replay {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** The same request is still being worked on. */
    record InProgress() implements Claim {
    }

    /** The key was used with another request. */
    record KeyReused() implements Claim {
    }

    /** What running a claimed request gives. */
    sealed interface Outcome permits Done, TakenOver {
    }

    /** The work committed with its answer. */
    record Done(Answer answer) implements Outcome {
        public Done {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /**
     * A retry took the key over while the work ran (the claim looked abandoned); this request's work was rolled
     * back, the retry's stands.
     */
    record TakenOver() implements Outcome {
    }

    /**
     * What a request answered, encoded by the adapter that answered it, and given back unread: a code (such as an
     * HTTP status), the metadata worth giving again (such as headers) and the body.
     */
    record Answer(int code, Map<String, String> metadata, String body) {
        public Answer {
            metadata = Map.copyOf(metadata);
            Objects.requireNonNull(body, "body");
        }
    }
}
