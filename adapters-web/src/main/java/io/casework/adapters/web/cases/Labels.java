package io.casework.adapters.web.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the case pages write values for people: enum names as words, times in UTC. */
final class Labels {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Labels() {
    }

    /** {@code LEAST_LOADED} as {@code least_loaded}: form values, badge classes, the API's spelling. */
    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** {@code LEAST_LOADED} as "Least loaded". */
    static String words(Enum<?> value) {
        String lower = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** For a {@code <time datetime>} attribute. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
