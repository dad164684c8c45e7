package io.casework.domain.assignee;

import io.casework.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, stored as given and compared case-insensitively. */
public record Email(String value) {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Email {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "must be an email address");
        }
    }

    /** The form used to compare and to enforce uniqueness. */
    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    public boolean sameAddressAs(Email other) {
        return normalized().equals(other.normalized());
    }

    @Override
    public String toString() {
        return value;
    }
}
