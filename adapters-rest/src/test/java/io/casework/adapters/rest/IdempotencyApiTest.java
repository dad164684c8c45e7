package io.casework.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code Idempotency-Key} on POST, as API.md "Conventions" states it. */
@ExtendWith(DropwizardExtensionsSupport.class)
class IdempotencyApiTest {
    /** Runs before each staff member creation once, then resets: lets a test hold or fail one request. */
    private static final AtomicReference<Runnable> BEFORE_NEXT_HIRE = new AtomicReference<>(() -> { });
    private static final TestApi API = new TestApi(create -> command -> {
        BEFORE_NEXT_HIRE.getAndSet(() -> { }).run();
        return create.create(command);
    });
    static final ResourceExtension RESOURCES = API.resources;
    private static final AtomicInteger KEYS = new AtomicInteger();

    private final ApiClient client = API.newOrganization();
    private final String key = "key-" + KEYS.incrementAndGet();

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstResponseAndDoesNothing() {
        Reply first = client.post("/v1/staff-members", "{\"email\":\"ada@example.com\",\"name\":\"Ada\"}", key);
        Reply retry = client.post("/v1/staff-members", "{ \"name\" : \"Ada\",\n \"email\":\"ada@example.com\" }", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.replayed()).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.etag()).isEqualTo(first.etag());
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.replayed()).isEqualTo("true");
        assertThat(client.get("/v1/staff-members").json().get("data")).hasSize(1);
    }

    @Test
    void anErrorResponseIsReplayedToo() {
        Reply first = client.post("/v1/cases", "{\"case_type\":\"Bad Type\"}", key);
        Reply retry = client.post("/v1/cases", "{\"case_type\":\"Bad Type\"}", key);

        assertThat(first.status()).isEqualTo(422);
        assertThat(retry.status()).isEqualTo(422);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theSameKeyWithAnotherBodyIs422IdempotencyKeyReused() {
        client.post("/v1/cases", "{\"case_type\":\"fraud\"}", key);

        Reply reply = client.post("/v1/cases", "{\"case_type\":\"onboarding\"}", key);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("idempotency_key_reused");
        assertThat(client.get("/v1/cases").json().get("data")).hasSize(1);
    }

    @Test
    void numbersAreComparedAsWritten() {
        client.post("/v1/cases", "{\"case_type\":\"fraud\",\"attributes\":{\"score\":1}}", key);

        assertThat(client.post("/v1/cases", "{\"case_type\":\"fraud\",\"attributes\":{\"score\":1.0}}", key).code())
                .isEqualTo("idempotency_key_reused");
    }

    @Test
    void theSameKeyOnAnotherPathIs422IdempotencyKeyReused() {
        String caseId = client.post("/v1/cases", "{\"case_type\":\"fraud\"}").id();
        client.post("/v1/cases/" + caseId + "/unassign", null, key);

        Reply reply = client.post("/v1/cases", null, key);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("idempotency_key_reused");
    }

    @Test
    void anotherOrganizationMayUseTheSameKey() {
        ApiClient other = API.newOrganization();
        String body = "{\"case_type\":\"fraud\"}";

        Reply mine = client.post("/v1/cases", body, key);
        Reply theirs = other.post("/v1/cases", body, key);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.replayed()).isNull();
        assertThat(theirs.id()).isNotEqualTo(mine.id());
        assertThat(other.get("/v1/cases").json().get("data")).hasSize(1);
    }

    @Test
    void requestsWithoutAKeyAreEachRun() {
        client.post("/v1/cases", "{\"case_type\":\"fraud\"}");
        client.post("/v1/cases", "{\"case_type\":\"fraud\"}");

        assertThat(client.get("/v1/cases").json().get("data")).hasSize(2);
    }

    @Test
    void aRetryWhileTheFirstIsInProgressIs409AndThenReplays() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        BEFORE_NEXT_HIRE.set(() -> {
            entered.countDown();
            await(finish);
        });
        String body = "{\"email\":\"slow@example.com\",\"name\":\"Slow\"}";
        CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> client.post("/v1/staff-members", body, key));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        Reply during = client.post("/v1/staff-members", body, key);
        finish.countDown();
        Reply done = first.get(10, TimeUnit.SECONDS);
        Reply after = client.post("/v1/staff-members", body, key);

        assertThat(during.status()).isEqualTo(409);
        assertThat(during.code()).isEqualTo("conflict");
        assertThat(done.status()).isEqualTo(201);
        assertThat(after.status()).isEqualTo(201);
        assertThat(after.body()).isEqualTo(done.body());
    }

    @Test
    void aServerErrorIsNotStoredSoTheRetryRuns() {
        BEFORE_NEXT_HIRE.set(() -> {
            throw new IllegalStateException("the database went away");
        });
        String body = "{\"email\":\"retry@example.com\",\"name\":\"Retry\"}";

        Reply failed = client.post("/v1/staff-members", body, key);
        Reply retry = client.post("/v1/staff-members", body, key);

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.code()).isEqualTo("internal_error");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.replayed()).isNull();
    }

    @Test
    void aKeyIsForgottenAfter24Hours() {
        String body = "{\"case_type\":\"fraud\"}";
        Reply first = client.post("/v1/cases", body, key);
        API.clock.advance(Duration.ofHours(25));

        Reply later = client.post("/v1/cases", body, key);

        assertThat(later.status()).isEqualTo(201);
        assertThat(later.id()).isNotEqualTo(first.id());
    }

    @Test
    void assignmentsAreIdempotentToo() {
        String caseId = client.post("/v1/cases", "{\"case_type\":\"fraud\"}").id();
        String member = client.post("/v1/staff-members", "{\"email\":\"a@example.com\",\"name\":\"A\"}").id();
        String assign = "{\"assignee_type\":\"individual\",\"assignee_id\":\"" + member + "\"}";

        Reply first = client.post("/v1/cases/" + caseId + "/assign", assign, key);
        Reply retry = client.post("/v1/cases/" + caseId + "/assign", assign, key);

        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(client.get("/v1/cases/" + caseId + "/events").json().get("data")).hasSize(2);
    }

    @Test
    void aKeyOver255CharactersIs400() {
        Reply reply = client.post("/v1/cases", "{\"case_type\":\"fraud\"}", "k".repeat(256));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("malformed_request");
        assertThat(client.post("/v1/cases", "{\"case_type\":\"fraud\"}", "k".repeat(255)).status()).isEqualTo(201);
    }

    @Test
    void aStreamedBodyOver1MiBIs413WithAKey() {
        Reply reply = client.send("POST", "/v1/cases",
                Entity.json(new ByteArrayInputStream(ConventionsApiTest.oversizedCase())), Map.of("Idempotency-Key", key));

        assertThat(reply.status()).isEqualTo(413);
    }

    @Test
    void anUnauthenticatedRequestIs401WhateverTheKey() {
        assertThat(API.anonymous().post("/v1/cases", "{\"case_type\":\"fraud\"}", key).status()).isEqualTo(401);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the request finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
