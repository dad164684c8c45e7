package io.casework.adapters.web.staff;

import io.casework.domain.assignee.OutOfOfficeWindow;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An out-of-office window as the member's page lists it: times in UTC for people, and as RFC 3339 for {@code <time>}. */
public record OutOfOfficeRow(String startsAt, String startsAtIso, String endsAt, String endsAtIso, String note) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static OutOfOfficeRow of(OutOfOfficeWindow window) {
        return new OutOfOfficeRow(SHOWN.format(window.startsAt()), window.startsAt().toString(),
                SHOWN.format(window.endsAt()), window.endsAt().toString(), window.note());
    }
}
