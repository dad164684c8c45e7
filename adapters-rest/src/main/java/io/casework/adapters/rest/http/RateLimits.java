package io.casework.adapters.rest.http;

/**
 * Requests a second each organization may make, and the burst it may make at once, for writes (POST, PUT, PATCH,
 * DELETE) and for reads (GET, HEAD, OPTIONS); a rate of 0 sets no limit on that kind.
 */
public record RateLimits(int writesPerSecond, int writeBurst, int readsPerSecond, int readBurst) {
    public static final RateLimits NONE = new RateLimits(0, 1, 0, 1);

    public RateLimits {
        if (writesPerSecond < 0 || readsPerSecond < 0 || writeBurst < 1 || readBurst < 1) {
            throw new IllegalArgumentException("rates must be 0 or more and bursts 1 or more");
        }
    }
}
