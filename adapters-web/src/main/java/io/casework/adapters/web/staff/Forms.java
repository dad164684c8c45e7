package io.casework.adapters.web.staff;

import jakarta.ws.rs.BadRequestException;

/** Reading the fields the staff and team forms share: trimmed text, a name, the version the form was shown at. */
final class Forms {
    static final int MAX_NAME = 200;

    private Forms() {
    }

    static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    /** A name is 1 to {@value #MAX_NAME} characters, as the domain requires; {@code missing} says what to enter. */
    static void checkName(String name, FieldErrors errors, String missing) {
        if (name.isEmpty()) {
            errors.add("name", missing);
        } else if (name.length() > MAX_NAME) {
            errors.add("name", "Use at most " + MAX_NAME + " characters.");
        }
    }

    /** The version the form was shown at; a form without one was not made by these pages (400). */
    static long version(String raw) {
        try {
            return Long.parseLong(trimmed(raw));
        } catch (NumberFormatException e) {
            throw new BadRequestException("the form has no version");
        }
    }
}
