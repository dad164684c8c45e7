package io.casework.adapters.web.workflows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the pages show them, in UTC, the zone every stored time is in (the pages say so once). */
final class Times {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String shown(Instant at) {
        return at == null ? null : SHOWN.format(at);
    }
}
