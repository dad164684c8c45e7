package io.casework.adapters.persistence.jdbi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON for jsonb columns, bound as text and cast in SQL ({@code CAST(:x AS jsonb)}). Numbers come back as
 * Jackson reads any JSON, and so as the REST adapter reads a request: Integer, Long or BigInteger for whole
 * numbers by size, Double for the others; equal JSON therefore reads as equal Java values wherever it came from.
 */
final class JsonColumns {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(Double.class, new WholeDoubles()));
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not storable as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Object> readObject(String json) {
        try {
            return MAPPER.readValue(json, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not an object: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    /** The text of a field, or null when the field is null or missing. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * jsonb keeps a number's value, not its notation: Jackson writes the Double 1.5e7 as {@code 1.5E7}, which jsonb
     * gives back as {@code 15000000} and Jackson then reads as an Integer. Whole doubles are therefore written in
     * full with a {@code .0}, which jsonb keeps, so they come back as Doubles.
     */
    private static final class WholeDoubles extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        WholeDoubles() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (Double.isFinite(value) && value == Math.rint(value)) {
                generator.writeNumber(BigDecimal.valueOf(value).setScale(1).toPlainString());
            } else {
                generator.writeNumber(value);
            }
        }
    }
}
