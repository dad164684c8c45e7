package io.casework.domain.cases;

import io.casework.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, unmodifiable copies of JSON-shaped values, refusing anything that is not JSON. */
public final class JsonTree {
    private JsonTree() {
    }

    public static Map<String, Object> copyOf(Map<String, ?> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, copyValue(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof BigDecimal
                || value instanceof BigInteger || value instanceof Float || value instanceof Short) {
            return value;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), copyValue(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(v -> copy.add(copyValue(v)));
            return Collections.unmodifiableList(copy);
        }
        throw new InvalidValueException("attributes", "holds a value that is not JSON: " + value.getClass().getSimpleName());
    }
}
