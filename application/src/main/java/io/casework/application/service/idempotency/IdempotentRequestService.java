package io.casework.application.service.idempotency;

import io.casework.application.port.in.IdempotentRequest;
import io.casework.application.port.in.IdempotentRequestUseCase;
import io.casework.application.port.out.IdempotencyStore;
import io.casework.application.port.out.IdempotencyStore.ClaimRequest;
import io.casework.application.port.out.IdempotencyStore.StoredAnswer;
import io.casework.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Idempotency keys on the {@link IdempotencyStore}: a key is remembered for 24 hours, and a claim left without
 * answer for a minute is taken over by the same request, as its process most likely died.
 */
public final class IdempotentRequestService implements IdempotentRequestUseCase {
    private static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final IdempotencyStore store;
    private final Transactions transactions;
    private final Clock clock;

    public IdempotentRequestService(IdempotencyStore store, Transactions transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Not in a transaction: the store commits the claim on its own, before the work, for retries to see it. */
    @Override
    public Claim claim(IdempotentRequest request) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        IdempotencyStore.Claim claim = store.claim(new ClaimRequest(request.organizationId(), request.key(), token,
                request.fingerprint(), now, now.minus(ABANDONED_AFTER), now.minus(RETENTION)));
        if (claim.acquired()) {
            return new Claimed(request.organizationId(), request.key(), token);
        }
        if (!claim.fingerprint().equals(request.fingerprint())) {
            return new KeyReused();
        }
        return claim.answer().<Claim>map(stored -> new Replay(answer(stored))).orElseGet(InProgress::new);
    }

    @Override
    public Outcome run(Claimed claimed, Supplier<Answer> work) {
        try {
            return transactions.inTransaction(() -> {
                Answer answer = work.get();
                if (!complete(claimed, answer)) {
                    throw new ClaimTakenOver();
                }
                return new Done(answer);
            });
        } catch (ClaimTakenOver rolledBack) {
            return new TakenOver();
        }
    }

    @Override
    public void answer(Claimed claimed, Answer answer) {
        complete(claimed, answer);
    }

    @Override
    public void release(Claimed claimed) {
        store.release(claimed.organizationId(), claimed.key(), claimed.token());
    }

    private boolean complete(Claimed claimed, Answer answer) {
        return store.complete(claimed.organizationId(), claimed.key(), claimed.token(),
                new StoredAnswer(answer.code(), answer.metadata(), answer.body()));
    }

    private static Answer answer(StoredAnswer stored) {
        return new Answer(stored.code(), stored.metadata(), stored.body());
    }

    /** Rolls back the work of a request whose claim a retry took over: the retry's work is the one that stays. */
    private static final class ClaimTakenOver extends RuntimeException {
        ClaimTakenOver() {
            super("the idempotency key was taken over by a retry", null, false, false);
        }
    }
}
