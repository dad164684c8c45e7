package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.adapters.rest.RestApi;
import io.casework.adapters.rest.http.RateLimits;
import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.out.IdempotencyStore;
import io.casework.application.port.out.Transactions;
import io.casework.application.port.in.IdempotentRequestUseCase;
import io.casework.application.port.in.UseCases;
import io.casework.application.service.idempotency.IdempotentRequestService;
import io.casework.application.testing.TestClock;
import io.casework.domain.organization.Plan;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code Idempotency-Key} where only a real transaction can show it: a request's work and its stored response
 * commit together or not at all, so neither a crash between the two nor a slow request overtaken by its retry
 * can create a resource twice.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class IdempotencyOnPostgresTest {
    private static final PostgresCasework CASEWORK = new PostgresCasework(5, 30);
    private static final TestClock CLOCK = new TestClock(Instant.now());
    /** Fails the next storing of an answer: what a crash right after the work would leave undone. */
    private static final AtomicBoolean FAIL_NEXT_COMPLETION = new AtomicBoolean();
    /** Runs inside the next idempotent request's transaction, before its work: lets a test hold it there. */
    private static final AtomicReference<Runnable> IN_NEXT_TRANSACTION = new AtomicReference<>(() -> { });
    private static final AtomicInteger KEYS = new AtomicInteger();
    private static final ObjectMapper MAPPER = Jackson.newObjectMapper();
    static final ResourceExtension RESOURCES = resources();

    private final String apiKey = CASEWORK.api.createOrganization()
            .create(new CreateOrganizationCommand("Acme", Plan.GROWTH)).apiKey();
    private final String key = "key-" + KEYS.incrementAndGet();

    @AfterAll
    static void close() throws Exception {
        CASEWORK.close();
    }

    @Test
    void whenTheResponseCannotBeStoredTheWorkIsUndoneSoTheRetryDoesItOnce() {
        FAIL_NEXT_COMPLETION.set(true);

        Response failed = post("/v1/cases", "{\"case_type\":\"fraud\"}");
        assertThat(failed.getStatus()).isEqualTo(500);
        assertThat(cases()).isEmpty();

        Response retry = post("/v1/cases", "{\"case_type\":\"fraud\"}");
        Response replay = post("/v1/cases", "{\"case_type\":\"fraud\"}");

        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(replay.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(json(replay).get("id")).isEqualTo(json(retry).get("id"));
        assertThat(cases()).hasSize(1);
    }

    @Test
    void aSlowRequestWhoseClaimWasTakenOverIsRolledBackSoOnlyTheRetryCreates() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        IN_NEXT_TRANSACTION.set(() -> {
            entered.countDown();
            await(finish);
        });
        CompletableFuture<Response> slow = CompletableFuture.supplyAsync(() -> post("/v1/cases", "{\"case_type\":\"fraud\"}"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        CLOCK.advance(Duration.ofMinutes(2));

        Response takeover = post("/v1/cases", "{\"case_type\":\"fraud\"}");
        finish.countDown();
        Response late = slow.get(20, TimeUnit.SECONDS);
        Response after = post("/v1/cases", "{\"case_type\":\"fraud\"}");

        assertThat(takeover.getStatus()).isEqualTo(201);
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(json(late).get("code").asText()).isEqualTo("conflict");
        assertThat(after.getStatus()).isEqualTo(201);
        assertThat(json(after).get("id")).isEqualTo(json(takeover).get("id"));
        assertThat(cases()).hasSize(1);
    }

    private Response post(String path, String body) {
        Response response = RESOURCES.target(path).request()
                .header("Authorization", "Bearer " + apiKey)
                .header("Idempotency-Key", key)
                .post(Entity.json(body));
        response.bufferEntity();
        return response;
    }

    private JsonNode cases() {
        return json(RESOURCES.target("/v1/cases").request().header("Authorization", "Bearer " + apiKey).get())
                .get("data");
    }

    private static JsonNode json(Response response) {
        try {
            return MAPPER.readTree(response.readEntity(String.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the request finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ResourceExtension resources() {
        IdempotencyStore stored = CASEWORK.db.idempotencyStore();
        IdempotencyStore store = new IdempotencyStore() {
            @Override
            public Claim claim(ClaimRequest request) {
                return stored.claim(request);
            }

            @Override
            public boolean complete(io.casework.domain.organization.OrganizationId organizationId, String key,
                                    String token, StoredAnswer answer) {
                if (FAIL_NEXT_COMPLETION.getAndSet(false)) {
                    throw new IllegalStateException("the process died before the response was stored");
                }
                return stored.complete(organizationId, key, token, answer);
            }

            @Override
            public void release(io.casework.domain.organization.OrganizationId organizationId, String key,
                                String token) {
                stored.release(organizationId, key, token);
            }
        };
        Transactions real = CASEWORK.db.transactions();
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return real.inTransaction(() -> {
                    IN_NEXT_TRANSACTION.getAndSet(() -> { }).run();
                    return work.get();
                });
            }

            @Override
            public boolean inProgress() {
                return real.inProgress();
            }

            @Override
            public <T> T inSavepoint(Supplier<T> work) {
                return real.inSavepoint(work);
            }
        };
        ObjectMapper mapper = Jackson.newObjectMapper();
        RestApi.configure(mapper);
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setMapper(mapper)
                .setRegisterDefaultExceptionMappers(false)
                .bootstrapLogging(false);
        IdempotentRequestUseCase requests = new IdempotentRequestService(store, transactions, CLOCK);
        // every use case as the server has it, but idempotency over the instrumented store and transactions
        UseCases useCases = (UseCases) Proxy.newProxyInstance(UseCases.class.getClassLoader(),
                new Class<?>[] {UseCases.class}, (proxy, method, args) ->
                        method.getName().equals("idempotentRequests") ? requests : method.invoke(CASEWORK.api, args));
        RestApi.components(useCases, mapper, new MetricRegistry(), RateLimits.NONE).forEach(builder::addProvider);
        return builder.build();
    }
}
