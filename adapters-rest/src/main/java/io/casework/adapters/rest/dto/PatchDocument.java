package io.casework.adapters.rest.dto;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A PATCH body read field by field, because a PATCH must tell a field left out (leave it) from a field sent as
 * null (clear it), which a record cannot. Each accessor answers empty for an absent field; a field of the wrong
 * shape is recorded as an error and {@link #throwIfInvalid()} reports them all, with unknown fields.
 */
public final class PatchDocument {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final JsonNode body;
    private final Violations violations = new Violations();

    private PatchDocument(JsonNode body) {
        this.body = body;
    }

    /**
     * @param settable the fields this PATCH may set; any other is an unknown field
     * @throws BadRequestException when the body is missing or not a JSON object
     */
    public static PatchDocument of(JsonNode body, Set<String> settable) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("the body must be a JSON object");
        }
        PatchDocument patch = new PatchDocument(body);
        patch.violations.unknownFields(body, settable, "");
        return patch;
    }

    public Violations violations() {
        return violations;
    }

    public Optional<String> string(String field) {
        return value(field, JsonNode::isTextual, "a string", JsonNode::textValue);
    }

    public Optional<Optional<String>> nullableString(String field) {
        return nullable(field, JsonNode::isTextual, "a string", JsonNode::textValue);
    }

    public <E extends Enum<E>> Optional<E> choice(String field, Class<E> type) {
        return string(field).map(wire -> violations.optional(field, wire, WireNames.parser(type)));
    }

    public Optional<Boolean> bool(String field) {
        return value(field, JsonNode::isBoolean, "true or false", JsonNode::booleanValue);
    }

    public Optional<Optional<Integer>> nullableInteger(String field) {
        return nullable(field, node -> node.isIntegralNumber() && node.canConvertToInt(), "an integer",
                JsonNode::intValue);
    }

    /** An array of strings; each element that is not one is named by its index ({@code tags[2]}). */
    public Optional<List<String>> strings(String field) {
        return value(field, JsonNode::isArray, "an array of strings", array -> {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (element.isTextual()) {
                    values.add(element.textValue());
                } else {
                    violations.add(field + "[" + i + "]", "must be a string");
                }
            }
            return values;
        });
    }

    public Optional<Map<String, Object>> object(String field) {
        return value(field, JsonNode::isObject, "an object", node -> JSON.convertValue(node, OBJECT));
    }

    /** @throws io.casework.application.port.in.FieldErrorsException naming every unknown or malformed field */
    public void throwIfInvalid() {
        violations.throwIfAny();
    }

    /** A field that may be changed but not cleared: null is an error. */
    private <T> Optional<T> value(String field, Predicate<JsonNode> shape, String expected,
                                  Function<JsonNode, T> read) {
        JsonNode node = body.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNull()) {
            violations.add(field, "must not be null");
            return Optional.empty();
        }
        return readChecked(field, node, shape, expected, read);
    }

    /** A field that null clears: the inner Optional is empty for null. */
    private <T> Optional<Optional<T>> nullable(String field, Predicate<JsonNode> shape, String expected,
                                               Function<JsonNode, T> read) {
        JsonNode node = body.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNull()) {
            return Optional.of(Optional.empty());
        }
        return readChecked(field, node, shape, expected, read).map(Optional::of);
    }

    private <T> Optional<T> readChecked(String field, JsonNode node, Predicate<JsonNode> shape, String expected,
                                        Function<JsonNode, T> read) {
        if (!shape.test(node)) {
            violations.add(field, "must be " + expected);
            return Optional.empty();
        }
        return Optional.ofNullable(read.apply(node));
    }
}
