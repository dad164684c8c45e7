package io.casework.domain.cases;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a case's timeline. {@code data} is a JSON-shaped tree (maps, lists, strings, numbers, booleans)
 * with snake_case keys, kept as it will be shown.
 */
public record CaseEvent(Type type, Actor actor, Map<String, Object> data, Instant occurredAt) {
    public enum Type {
        CREATED("case.created"), ASSIGNED("case.assigned"), UNASSIGNED("case.unassigned"), UPDATED("case.updated");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Type fromWireName(String name) {
            for (Type t : values()) {
                if (t.wireName.equals(name)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown case event type " + name);
        }
    }

    public CaseEvent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(actor);
        data = JsonTree.copyOf(data);
        Objects.requireNonNull(occurredAt);
    }
}
