package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.out.IdempotencyStore;
import io.casework.application.port.out.IdempotencyStore.Claim;
import io.casework.application.port.out.IdempotencyStore.ClaimRequest;
import io.casework.application.port.out.IdempotencyStore.StoredAnswer;
import io.casework.application.testing.SequentialIds;
import io.casework.domain.organization.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every adapter of {@link IdempotencyStore} must do. Extend it with a factory for your adapter. */
public abstract class IdempotencyStoreContract {
    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456Z");
    private static final StoredAnswer CREATED = new StoredAnswer(201,
            Map.of("Content-Type", "application/json", "ETag", "\"1\""), "{\"id\":\"case_1\"}");

    protected final SequentialIds ids = new SequentialIds();

    /** The store under test; organizations need not exist elsewhere unless the adapter requires it. */
    protected abstract IdempotencyStore store();

    /** An organization the store may hold keys for. */
    protected OrganizationId organization() {
        return new OrganizationId(ids.next("org_"));
    }

    private static ClaimRequest at(OrganizationId organization, String key, String fingerprint, Instant now) {
        return attempt(organization, key, fingerprint, now, UUID.randomUUID().toString());
    }

    private static ClaimRequest attempt(OrganizationId organization, String key, String fingerprint, Instant now,
                                        String token) {
        return new ClaimRequest(organization, key, token, fingerprint, now, now.minus(Duration.ofMinutes(1)),
                now.minus(Duration.ofHours(24)));
    }

    @Test
    void theFirstClaimOfAKeyIsGranted() {
        assertThat(store().claim(at(organization(), "k1", "POST /v1/cases abc", NOW)).acquired()).isTrue();
    }

    @Test
    void aSecondClaimWhileTheFirstIsInProgressSeesItWithoutAnswer() {
        OrganizationId organization = organization();
        store().claim(at(organization, "k1", "fp", NOW));

        Claim second = store().claim(at(organization, "k1", "fp", NOW.plusSeconds(5)));

        assertThat(second.acquired()).isFalse();
        assertThat(second.fingerprint()).isEqualTo("fp");
        assertThat(second.answer()).isEmpty();
    }

    @Test
    void aCompletedKeyAnswersItsStoredAnswer() {
        OrganizationId organization = organization();
        store().claim(attempt(organization, "k1", "fp", NOW, "t1"));
        assertThat(store().complete(organization, "k1", "t1", CREATED)).isTrue();

        Claim again = store().claim(at(organization, "k1", "fp", NOW.plus(Duration.ofHours(23))));

        assertThat(again.acquired()).isFalse();
        assertThat(again.fingerprint()).isEqualTo("fp");
        assertThat(again.answer()).contains(CREATED);
    }

    @Test
    void aClaimWithAnotherFingerprintSeesTheFirstOne() {
        OrganizationId organization = organization();
        store().claim(attempt(organization, "k1", "fp-1", NOW, "t1"));
        store().complete(organization, "k1", "t1", CREATED);

        Claim other = store().claim(at(organization, "k1", "fp-2", NOW.plusSeconds(1)));

        assertThat(other.acquired()).isFalse();
        assertThat(other.fingerprint()).isEqualTo("fp-1");
    }

    @Test
    void keysAreScopedToTheirOrganization() {
        store().claim(at(organization(), "shared", "fp-1", NOW));

        assertThat(store().claim(at(organization(), "shared", "fp-2", NOW)).acquired()).isTrue();
    }

    @Test
    void aReleasedClaimCanBeClaimedAgain() {
        OrganizationId organization = organization();
        store().claim(attempt(organization, "k1", "fp", NOW, "t1"));
        store().release(organization, "k1", "t1");

        assertThat(store().claim(at(organization, "k1", "fp", NOW.plusSeconds(1))).acquired()).isTrue();
    }

    @Test
    void releaseLeavesACompletedKeyAlone() {
        OrganizationId organization = organization();
        store().claim(attempt(organization, "k1", "fp", NOW, "t1"));
        store().complete(organization, "k1", "t1", CREATED);
        store().release(organization, "k1", "t1");

        assertThat(store().claim(at(organization, "k1", "fp", NOW.plusSeconds(1))).answer()).contains(CREATED);
    }

    @Test
    void anAbandonedClaimIsTakenOverByTheSameRequestOnly() {
        OrganizationId organization = organization();
        store().claim(at(organization, "k1", "fp", NOW));
        Instant later = NOW.plus(Duration.ofMinutes(2));

        assertThat(store().claim(at(organization, "k1", "other", later)).acquired()).isFalse();
        assertThat(store().claim(at(organization, "k1", "fp", later)).acquired()).isTrue();
        assertThat(store().claim(at(organization, "k1", "fp", later.plusSeconds(1))).acquired()).isFalse();
    }

    @Test
    void aLateCompletionOfATakenOverClaimDoesNotOverwriteTheNewOne() {
        OrganizationId organization = organization();
        store().claim(attempt(organization, "k1", "fp", NOW, "slow"));
        store().claim(attempt(organization, "k1", "fp", NOW.plus(Duration.ofMinutes(2)), "retry"));
        store().complete(organization, "k1", "retry", CREATED);

        assertThat(store().complete(organization, "k1", "slow", new StoredAnswer(409, Map.of(), "{}"))).isFalse();
        store().release(organization, "k1", "slow");

        assertThat(store().claim(at(organization, "k1", "fp", NOW.plus(Duration.ofMinutes(3)))).answer())
                .contains(CREATED);
    }

    @Test
    void aReleaseByATakenOverClaimLeavesTheNewOneInProgress() {
        OrganizationId organization = organization();
        store().claim(attempt(organization, "k1", "fp", NOW, "slow"));
        store().claim(attempt(organization, "k1", "fp", NOW.plus(Duration.ofMinutes(2)), "retry"));

        store().release(organization, "k1", "slow");

        Claim next = store().claim(at(organization, "k1", "fp", NOW.plus(Duration.ofMinutes(2)).plusSeconds(1)));
        assertThat(next.acquired()).isFalse();
        assertThat(next.answer()).isEmpty();
    }

    @Test
    void aCompletedKeyIsNeverTakenOverBeforeItExpires() {
        OrganizationId organization = organization();
        store().claim(attempt(organization, "k1", "fp", NOW, "t1"));
        store().complete(organization, "k1", "t1", CREATED);

        assertThat(store().claim(at(organization, "k1", "fp", NOW.plus(Duration.ofHours(2)))).acquired()).isFalse();
    }

    @Test
    void anExpiredKeyIsForgottenWhateverItHeld() {
        OrganizationId organization = organization();
        store().claim(attempt(organization, "k1", "fp", NOW, "t1"));
        store().complete(organization, "k1", "t1", CREATED);
        Instant nextDay = NOW.plus(Duration.ofHours(25));

        assertThat(store().claim(at(organization, "k1", "another body", nextDay)).acquired()).isTrue();
        assertThat(store().claim(at(organization, "k1", "another body", nextDay.plusSeconds(1))).answer())
                .isEmpty();
    }

    @Test
    void concurrentClaimsOfOneKeyGrantItOnce() throws Exception {
        OrganizationId organization = organization();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(() -> store().claim(at(organization, "race", "fp", NOW)).acquired());
            }
            long granted = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                granted += result.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
