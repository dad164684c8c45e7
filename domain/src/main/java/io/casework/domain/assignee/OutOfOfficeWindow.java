package io.casework.domain.assignee;

import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.shared.SingleLine;
import java.time.Instant;
import java.util.Objects;

/**
 * A time a staff member is out of office, from {@code startsAt} (included) to {@code endsAt} (excluded), with an
 * optional note ("Parental leave"). Fields are named as the API names them, relative to the window.
 */
public record OutOfOfficeWindow(Instant startsAt, Instant endsAt, String note) {
    public static final int MAX_NOTE_LENGTH = 200;

    public OutOfOfficeWindow {
        if (startsAt == null) {
            throw new InvalidValueException("starts_at", "is required");
        }
        if (endsAt == null) {
            throw new InvalidValueException("ends_at", "is required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidValueException("ends_at", "must be after starts_at");
        }
        requireNote(note);
    }

    /** {@code note} if it is a valid note (null is none), so that it can be checked before the window is whole. */
    public static String requireNote(String note) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidValueException("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        return SingleLine.require("note", note);
    }

    /** Whether the member is out of office at {@code at}. */
    public boolean covers(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    /** Whether the two share an instant; one may end exactly when the other starts. */
    public boolean overlaps(OutOfOfficeWindow other) {
        Objects.requireNonNull(other);
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
