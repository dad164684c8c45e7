package io.casework.application.service.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
    private final List<String> alone = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstGroupMayFinish = new CountDownLatch(1);
    private Future<String> first;

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void aCallerAloneWritesAtOnceOnItsOwnThread() {
        GroupCommit<String, String> commit = new GroupCommit<>(64, upperCase(), this::writeAlone);

        assertThat(commit.write("a")).isEqualTo("A");
        assertThat(groups).containsExactly(List.of("a"));
    }

    @Test
    void callersArrivingWhileAGroupIsWrittenAreWrittenTogetherNext() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(64, blockingFirst(upperCase()), this::writeAlone);
        List<Future<String>> waiting = queuedBehindAHeldGroup(commit, "b", "c", "d");

        firstGroupMayFinish.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
        for (int i = 0; i < waiting.size(); i++) {
            assertThat(waiting.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(List.of("B", "C", "D").get(i));
        }
        assertThat(groups).containsExactly(List.of("first"), List.of("b", "c", "d"));
        assertThat(alone).isEmpty();
    }

    @Test
    void aGroupIsAtMostTheLimitAndTheRestFollowsInTheNext() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(2, blockingFirst(upperCase()), this::writeAlone);
        List<Future<String>> waiting = queuedBehindAHeldGroup(commit, "b", "c", "d");

        firstGroupMayFinish.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (Future<String> f : waiting) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(groups).containsExactly(List.of("first"), List.of("b", "c"), List.of("d"));
    }

    @Test
    void whenAGroupFailsEachCallerWritesAloneAndOnlyTheBadOneFails() throws Exception {
        Function<List<String>, List<String>> failingOnBad = works -> {
            if (works.contains("bad")) {
                throw new IllegalArgumentException("bad work");
            }
            return upperCase().apply(works);
        };
        GroupCommit<String, String> commit = new GroupCommit<>(64, blockingFirst(failingOnBad), this::writeAlone);
        List<Future<String>> waiting = queuedBehindAHeldGroup(commit, "good", "bad");
        Future<String> good = waiting.get(0);
        Future<String> bad = waiting.get(1);

        firstGroupMayFinish.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
        assertThat(good.get(10, TimeUnit.SECONDS)).isEqualTo("GOOD");
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("bad work");
        assertThat(alone).containsExactlyInAnyOrder("good", "bad");
    }

    @Test
    void aFailedGroupOfOneFailsItsCallerWithoutWritingAgain() {
        GroupCommit<String, String> commit = new GroupCommit<>(64, works -> {
            groups.add(works);
            throw new IllegalStateException("database down");
        }, this::writeAlone);

        assertThatThrownBy(() -> commit.write("a")).hasMessage("database down");
        assertThat(groups).hasSize(1);
        assertThat(alone).isEmpty();
    }

    @Test
    void aGroupWrittenButAnsweredWronglyFailsEveryCallerAndNoneWritesAgain() throws Exception {
        Function<List<String>, List<String>> answersOnlyAlone = works -> {
            List<String> written = upperCase().apply(works);
            return works.size() == 1 ? written : written.subList(0, 1);
        };
        GroupCommit<String, String> commit = new GroupCommit<>(64, blockingFirst(answersOnlyAlone), this::writeAlone);
        List<Future<String>> waiting = queuedBehindAHeldGroup(commit, "b", "c");

        firstGroupMayFinish.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("FIRST");
        for (Future<String> caller : waiting) {
            assertThatThrownBy(() -> caller.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a group of 2 was answered 1 times");
        }
        assertThat(groups).containsExactly(List.of("first"), List.of("b", "c"));
        assertThat(alone).isEmpty();
    }

    @Test
    void afterAFailureTheNextCallerLeads() {
        GroupCommit<String, String> commit = new GroupCommit<>(64, works -> {
            if (works.contains("bad")) {
                throw new IllegalArgumentException("bad work");
            }
            return upperCase().apply(works);
        }, this::writeAlone);

        assertThatThrownBy(() -> commit.write("bad")).hasMessage("bad work");
        assertThat(commit.write("next")).isEqualTo("NEXT");
    }

    /** Starts a first group, {@link #first}, held open, and queues {@code works} behind it, in this order. */
    private List<Future<String>> queuedBehindAHeldGroup(GroupCommit<String, String> commit, String... works)
            throws InterruptedException {
        first = callers.submit(() -> commit.write("first"));
        awaitGroups(1);
        List<Future<String>> waiting = new ArrayList<>();
        for (String work : works) {
            waiting.add(callers.submit(() -> commit.write(work)));
            awaitQueued(commit, waiting.size());
        }
        return waiting;
    }

    private Function<List<String>, List<String>> upperCase() {
        return works -> {
            groups.add(List.copyOf(works));
            return works.stream().map(String::toUpperCase).toList();
        };
    }

    /** The first group waits for the test; the callers arriving meanwhile queue. */
    private Function<List<String>, List<String>> blockingFirst(Function<List<String>, List<String>> write) {
        return works -> {
            boolean firstGroup = groups.isEmpty();
            List<String> written = write.apply(works);
            if (firstGroup) {
                await(firstGroupMayFinish);
            }
            return written;
        };
    }

    private String writeAlone(String work) {
        alone.add(work);
        if (work.equals("bad")) {
            throw new IllegalArgumentException("bad work");
        }
        return work.toUpperCase();
    }

    private void awaitGroups(int count) throws InterruptedException {
        while (groups.size() < count) {
            Thread.sleep(1);
        }
    }

    private static void awaitQueued(GroupCommit<?, ?> commit, int count) throws InterruptedException {
        while (commit.queued() < count) {
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
