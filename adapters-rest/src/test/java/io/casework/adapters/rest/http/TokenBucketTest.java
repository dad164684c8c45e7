package io.casework.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketLetsABurstThroughThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(SECOND / 2);
        assertThat(bucket.take(SECOND / 4)).isEqualTo(SECOND / 4);
    }

    @Test
    void tokensComeBackAtTheRateUpToTheBurstOnly() {
        TokenBucket bucket = new TokenBucket(10, 2, 0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.take(SECOND / 10)).isZero();
        assertThat(bucket.take(SECOND / 10)).isPositive();
        long muchLater = 100 * SECOND;
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isPositive();
    }

    @Test
    void aReadingOlderThanTheLastDoesNotTakeTokensBackOrAddAny() {
        TokenBucket bucket = new TokenBucket(1, 1, 5 * SECOND);

        assertThat(bucket.take(5 * SECOND)).isZero();
        assertThat(bucket.take(4 * SECOND)).isEqualTo(SECOND);
    }
}
