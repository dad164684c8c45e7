package io.casework.domain.cases;

import io.casework.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/** What kind of review a case needs, such as {@code account_takeover}. */
public record CaseType(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9_]{1,64}");

    public CaseType {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("case_type", "must be 1 to 64 characters of a-z, 0-9 and _");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
