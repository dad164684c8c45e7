package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.PageRequest.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A WHERE clause made of fixed SQL fragments and the values they bind. Only the filters a list asks for are in
 * its SQL, so each combination gets a plan that uses its index rather than one plan full of {@code :x IS NULL OR}.
 */
final class Conditions {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Conditions() {
    }

    static Conditions where(String clause, String name, Object value) {
        return new Conditions().and(clause, name, value);
    }

    Conditions and(String clause, String name, Object value) {
        clauses.add(clause);
        values.put(name, value);
        return this;
    }

    /** A fixed clause with no value, such as one that must match a partial index's predicate word for word. */
    Conditions and(String clause) {
        clauses.add(clause);
        return this;
    }

    /** Keyset paging newest first: only rows ordered after {@code after} by (created_at DESC, id DESC). */
    Conditions before(Position after) {
        clauses.add("(created_at, id) < (:afterCreatedAt, :afterId)");
        values.put("afterCreatedAt", after.createdAt());
        values.put("afterId", after.id());
        return this;
    }

    String sql() {
        return String.join(" AND ", clauses);
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        values.forEach(statement::bind);
        return statement;
    }
}
