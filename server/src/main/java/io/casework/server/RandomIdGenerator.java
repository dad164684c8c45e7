package io.casework.server;

import io.casework.application.port.out.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * ULID-like ids: 48 bits of milliseconds then 80 random bits, in lower-case Crockford base32, so ids of one
 * type sort roughly by creation and land at the right end of their B-tree index.
 */
final class RandomIdGenerator implements IdGenerator {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    RandomIdGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String next(String prefix) {
        char[] out = new char[26];
        long millis = clock.millis();
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (bytes[i] & 0xff);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (high & 31)];
            high >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (low & 31)];
            low >>>= 5;
        }
        return prefix + new String(out);
    }
}
