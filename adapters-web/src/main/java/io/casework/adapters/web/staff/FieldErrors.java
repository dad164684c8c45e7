package io.casework.adapters.web.staff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a submitted form, by field name; the templates show {@code errors.<field>} next to that field.
 */
public final class FieldErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    boolean any() {
        return !byField.isEmpty();
    }

    /** For the templates: {@code {{#errors.name}}…{{/errors.name}}}. */
    public Map<String, String> asMap() {
        return byField;
    }
}
