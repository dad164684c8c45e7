package io.casework.server;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * UTC time cut to microseconds, the precision PostgreSQL keeps, so an instant read back equals the one written.
 * ({@code Clock.tick} with a sub-millisecond tick divides by zero in {@code millis()} on Java 17.)
 */
final class MicrosecondClock extends Clock {
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
