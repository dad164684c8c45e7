package io.casework.application.testing;

import io.casework.application.port.out.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/** Readable, predictable ids for tests: {@code case_0001x}, with a per-run salt so runs never collide. */
public final class SequentialIds implements IdGenerator {
    private final AtomicLong next = new AtomicLong();
    private final String salt = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Override
    public String next(String prefix) {
        return prefix + salt + "x" + String.format("%08d", next.incrementAndGet());
    }
}
