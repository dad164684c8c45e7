package io.casework.domain.shared;

/**
 * Names and reference ids are one line: they go into email headers ({@code To:}, {@code Subject:}) and list rows,
 * where a CR or LF would start a new header or break the row. Checked where a value is given or changed, not where
 * a stored one is read back, so rows written before the rule still load.
 */
public final class SingleLine {
    public static final String MESSAGE = "must be a single line (no CR or LF)";

    private SingleLine() {
    }

    /** {@code value} (null passes), or an {@link InvalidValueException} naming {@code field}. */
    public static String require(String field, String value) {
        if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            throw new InvalidValueException(field, MESSAGE);
        }
        return value;
    }
}
