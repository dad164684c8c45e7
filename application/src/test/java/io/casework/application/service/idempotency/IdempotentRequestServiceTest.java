package io.casework.application.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.in.IdempotentRequest;
import io.casework.application.port.in.IdempotentRequestUseCase.Answer;
import io.casework.application.port.in.IdempotentRequestUseCase.Claimed;
import io.casework.application.port.in.IdempotentRequestUseCase.Done;
import io.casework.application.port.in.IdempotentRequestUseCase.InProgress;
import io.casework.application.port.in.IdempotentRequestUseCase.KeyReused;
import io.casework.application.port.in.IdempotentRequestUseCase.Replay;
import io.casework.application.port.in.IdempotentRequestUseCase.TakenOver;
import io.casework.application.testing.InMemoryIdempotencyStore;
import io.casework.application.testing.InMemoryTransactions;
import io.casework.application.testing.TestClock;
import io.casework.domain.organization.OrganizationId;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotentRequestServiceTest {
    private static final OrganizationId ORG = new OrganizationId("org_1");
    private static final IdempotentRequest CREATE = new IdempotentRequest(ORG, "k1", "create case fraud");
    private static final Answer CREATED = new Answer(201, Map.of("ETag", "\"1\""), "{\"id\":\"case_1\"}");
    private static final Answer REFUSED = new Answer(422, Map.of(), "{\"code\":\"validation_failed\"}");

    private final TestClock clock = TestClock.startingAt("2026-11-26T10:00:00Z");
    private final IdempotentRequestService requests = new IdempotentRequestService(new InMemoryIdempotencyStore(),
            new InMemoryTransactions(), clock);
    private final AtomicInteger works = new AtomicInteger();

    @Test
    void aRetryGetsTheFirstAnswerWithoutDoingTheWorkAgain() {
        Claimed first = (Claimed) requests.claim(CREATE);
        assertThat(requests.run(first, this::create)).isEqualTo(new Done(CREATED));

        assertThat(requests.claim(CREATE)).isEqualTo(new Replay(CREATED));
        assertThat(works).hasValue(1);
    }

    @Test
    void aRetryWhileTheFirstRunsIsInProgress() {
        requests.claim(CREATE);

        assertThat(requests.claim(CREATE)).isInstanceOf(InProgress.class);
    }

    @Test
    void anotherRequestWithTheKeyIsRefusedEvenWhileTheFirstRuns() {
        requests.claim(CREATE);

        assertThat(requests.claim(new IdempotentRequest(ORG, "k1", "create case onboarding")))
                .isInstanceOf(KeyReused.class);
    }

    @Test
    void theAnswerOfAFailedRequestIsGivenAgain() {
        Claimed first = (Claimed) requests.claim(CREATE);
        assertThatThrownBy(() -> requests.run(first, () -> {
            throw new IllegalArgumentException("bad case type");
        })).hasMessage("bad case type");
        requests.answer(first, REFUSED);

        assertThat(requests.claim(CREATE)).isEqualTo(new Replay(REFUSED));
    }

    @Test
    void aReleasedRequestRunsForRealOnRetry() {
        requests.release((Claimed) requests.claim(CREATE));

        assertThat(requests.claim(CREATE)).isInstanceOf(Claimed.class);
    }

    @Test
    void aClaimLeftForAMinuteIsTakenOverAndTheLateRequestIsToldItsWorkDoesNotStand() {
        Claimed slow = (Claimed) requests.claim(CREATE);
        clock.advance(Duration.ofMinutes(2));
        Claimed retry = (Claimed) requests.claim(CREATE);
        requests.run(retry, this::create);

        assertThat(requests.run(slow, () -> REFUSED)).isInstanceOf(TakenOver.class);
        assertThat(requests.claim(CREATE)).isEqualTo(new Replay(CREATED));
    }

    @Test
    void aKeyIsForgottenAfter24Hours() {
        requests.run((Claimed) requests.claim(CREATE), this::create);
        clock.advance(Duration.ofHours(25));

        assertThat(requests.claim(new IdempotentRequest(ORG, "k1", "another body"))).isInstanceOf(Claimed.class);
    }

    private Answer create() {
        works.incrementAndGet();
        return CREATED;
    }
}
