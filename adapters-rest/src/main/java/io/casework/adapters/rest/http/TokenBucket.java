package io.casework.adapters.rest.http;

/**
 * A token bucket: it holds at most {@code burst} tokens, gains {@code perSecond} a second, and each request takes
 * one. Times are {@link System#nanoTime()} readings.
 */
final class TokenBucket {
    private static final double NANOS_PER_SECOND = 1e9;

    private final double tokensPerNano;
    private final int burst;
    private double tokens;
    private long refilledAt;

    TokenBucket(int perSecond, int burst, long now) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("a bucket needs a rate and a burst of at least 1");
        }
        this.tokensPerNano = perSecond / NANOS_PER_SECOND;
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** Takes a token at {@code now}: 0 if there was one, else the nanoseconds until there will be one. */
    synchronized long take(long now) {
        // readings taken by racing threads may arrive out of order: time never runs backwards for the bucket
        if (now > refilledAt) {
            tokens = Math.min(burst, tokens + (now - refilledAt) * tokensPerNano);
            refilledAt = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
    }
}
