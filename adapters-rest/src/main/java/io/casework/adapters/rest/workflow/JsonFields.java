package io.casework.adapters.rest.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.adapters.rest.dto.Violations;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One JSON object of a request body, read field by field at its path ({@code steps[0].when}), so that one 422
 * names every unknown, missing or mistyped field of a nested document instead of the first one Jackson meets.
 * Unknown fields are recorded as soon as an object is reached; a field sent as null counts as left out.
 */
final class JsonFields {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final JsonNode node;
    private final String path;
    private final Violations violations;

    private JsonFields(JsonNode node, String path, Violations violations, Set<String> known) {
        this.node = node;
        this.path = path;
        this.violations = violations;
        violations.unknownFields(node, known, path);
    }

    /**
     * @param known the fields the object may hold; any other is an unknown field
     * @throws BadRequestException when the body is missing or not a JSON object
     */
    static JsonFields body(JsonNode body, Set<String> known, Violations violations) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("the body must be a JSON object");
        }
        return new JsonFields(body, "", violations, known);
    }

    private String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void error(String field, String message) {
        violations.add(path(field), message);
    }

    String requiredString(String field) {
        return required(field) ? optionalString(field) : null;
    }

    /** The string, or null when it is left out or is not a string (an error). */
    String optionalString(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            error(field, "must be a string");
            return null;
        }
        return value.textValue();
    }

    /** A string parsed by {@code parse}, whose {@link io.casework.domain.shared.InvalidValueException} is an error. */
    <T> T requiredString(String field, Function<String, T> parse) {
        return violations.optional(path(field), requiredString(field), parse);
    }

    boolean optionalBoolean(String field, boolean absent) {
        JsonNode value = present(field);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            error(field, "must be a boolean");
            return absent;
        }
        return value.booleanValue();
    }

    /** An array of strings, each parsed by {@code parse}; an error names the element ({@code case_types[1]}). */
    <T> List<T> optionalStrings(String field, Function<String, T> parse) {
        List<T> values = new ArrayList<>();
        for (Element element : array(field)) {
            if (element.node().isTextual()) {
                // a value that does not parse has recorded its violation and is left out, never a null
                T value = violations.optional(element.path(), element.node().textValue(), parse);
                if (value != null) {
                    values.add(value);
                }
            } else {
                violations.add(element.path(), "must be a string");
            }
        }
        return values;
    }

    Optional<JsonFields> requiredObject(String field, Set<String> known) {
        return required(field) ? optionalObject(field, known) : Optional.empty();
    }

    Optional<JsonFields> optionalObject(String field, Set<String> known) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            error(field, "must be an object");
            return Optional.empty();
        }
        return Optional.of(new JsonFields(value, path(field), violations, known));
    }

    /** An array of objects; one that is not an object is an error naming it ({@code steps[2]}). */
    List<JsonFields> requiredObjects(String field, Set<String> known) {
        if (!required(field)) {
            return List.of();
        }
        List<JsonFields> objects = new ArrayList<>();
        for (Element element : array(field)) {
            if (element.node().isObject()) {
                objects.add(new JsonFields(element.node(), element.path(), violations, known));
            } else {
                violations.add(element.path(), "must be an object");
            }
        }
        return objects;
    }

    /** Free-form JSON kept as sent (numbers as written); an empty object when left out. */
    Map<String, Object> optionalFreeObject(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Map.of();
        }
        if (!value.isObject()) {
            error(field, "must be an object");
            return Map.of();
        }
        return JSON.convertValue(value, OBJECT);
    }

    /** Any JSON value, null included: only leaving the field out is an error. */
    Optional<JsonNode> requiredValue(String field) {
        if (!node.has(field)) {
            error(field, "is required");
            return Optional.empty();
        }
        return Optional.of(node.get(field));
    }

    /** A JSON value as plain Java: maps, lists, strings, exact numbers, booleans and null. */
    static Object toJava(JsonNode value) {
        return JSON.convertValue(value, Object.class);
    }

    private boolean required(String field) {
        if (present(field) == null) {
            error(field, "is required");
            return false;
        }
        return true;
    }

    private JsonNode present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private List<Element> array(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            error(field, "must be an array");
            return List.of();
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            elements.add(new Element(path(field) + "[" + i + "]", value.get(i)));
        }
        return elements;
    }

    private record Element(String path, JsonNode node) {
    }
}
