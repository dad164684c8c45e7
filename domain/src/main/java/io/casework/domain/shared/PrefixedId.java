package io.casework.domain.shared;

import java.util.regex.Pattern;

/** Ids are opaque strings with a type prefix ({@code case_…}); this checks their shape once for every id type. */
public final class PrefixedId {
    private static final Pattern BODY = Pattern.compile("[A-Za-z0-9]{1,64}");

    private PrefixedId() {
    }

    public static String require(String value, String prefix, String field) {
        if (!matches(value, prefix)) {
            throw new InvalidValueException(field, "must be an id starting with '" + prefix + "'");
        }
        return value;
    }

    public static boolean matches(String value, String prefix) {
        return value != null && value.startsWith(prefix) && BODY.matcher(value.substring(prefix.length())).matches();
    }
}
