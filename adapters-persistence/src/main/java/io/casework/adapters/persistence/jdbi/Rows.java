package io.casework.adapters.persistence.jdbi;

import io.casework.domain.workflow.Trigger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Column readers shared by the row mappers, column lists, and the stored form of enumerations. */
final class Rows {
    private Rows() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    /** A column list with each column qualified by a table alias: {@code "id, name"} as {@code "s.id, s.name"}. */
    static String qualified(String alias, String columns) {
        return Arrays.stream(columns.strip().split(",\\s*")).map(column -> alias + "." + column)
                .collect(Collectors.joining(", "));
    }

    /**
     * Enumerations are stored as their API names: {@code STAFF_MEMBER} as {@code staff_member}. This class is the one
     * place of the adapter that names them; trigger events have names of their own ({@link #wire(Trigger.Event)}).
     */
    /** One column of rows, for an array parameter ({@code unnest} inserts one row per element). */
    static <R, T> List<T> column(List<R> rows, Function<R, T> value) {
        return rows.stream().map(value).toList();
    }

    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String stored) {
        return Enum.valueOf(type, stored.toUpperCase(Locale.ROOT));
    }

    static String wire(Trigger.Event event) {
        return switch (event) {
            case CASE_CREATED -> "case.created";
            case MANUAL -> "manual";
            case ASSIGNEE_UNAVAILABLE -> "assignee.unavailable";
            case CASE_SLA_BREACHED -> "case.sla_breached";
        };
    }

    static Trigger.Event triggerEvent(String stored) {
        return switch (stored) {
            case "case.created" -> Trigger.Event.CASE_CREATED;
            case "manual" -> Trigger.Event.MANUAL;
            case "assignee.unavailable" -> Trigger.Event.ASSIGNEE_UNAVAILABLE;
            case "case.sla_breached" -> Trigger.Event.CASE_SLA_BREACHED;
            default -> throw new IllegalStateException("unknown trigger event stored: " + stored);
        };
    }
}
