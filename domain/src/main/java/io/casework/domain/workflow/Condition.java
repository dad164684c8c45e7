package io.casework.domain.workflow;

import io.casework.domain.cases.Case;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A step's {@code when}: compares one field of the case with a value; the step is skipped when false. */
public record Condition(String field, Op op, Object value) {
    public static final String ATTRIBUTES = "case.attributes.";

    public enum Op {
        EQ, NEQ, IN, GTE, LTE, CONTAINS
    }

    public Condition {
        Objects.requireNonNull(field);
        Objects.requireNonNull(op);
    }

    /** Whether {@code field} names something of a case this condition can read. */
    public static boolean isKnownField(String field) {
        return field.equals("case.priority") || field.equals("case.case_type") || field.equals("case.tags")
                || (field.startsWith(ATTRIBUTES) && field.length() > ATTRIBUTES.length());
    }

    public boolean holdsFor(Case aCase) {
        Object actual = read(aCase);
        return switch (op) {
            case EQ -> same(actual, value);
            case NEQ -> !same(actual, value);
            case IN -> value instanceof Collection<?> options && options.stream().anyMatch(o -> same(actual, o));
            case GTE -> compare(actual, value).map(c -> c >= 0).orElse(false);
            case LTE -> compare(actual, value).map(c -> c <= 0).orElse(false);
            case CONTAINS -> contains(actual, value);
        };
    }

    private Object read(Case aCase) {
        return switch (field) {
            case "case.priority" -> aCase.priority().name().toLowerCase(Locale.ROOT);
            case "case.case_type" -> aCase.type().value();
            case "case.tags" -> aCase.tags();
            default -> aCase.attributes().get(field.substring(ATTRIBUTES.length()));
        };
    }

    private static boolean same(Object a, Object b) {
        Optional<BigDecimal> x = number(a);
        Optional<BigDecimal> y = number(b);
        if (x.isPresent() && y.isPresent()) {
            return x.get().compareTo(y.get()) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Optional<Integer> compare(Object a, Object b) {
        Optional<BigDecimal> x = number(a);
        Optional<BigDecimal> y = number(b);
        if (x.isPresent() && y.isPresent()) {
            return Optional.of(x.get().compareTo(y.get()));
        }
        if (a instanceof String s && b instanceof String t) {
            return Optional.of(s.compareTo(t));
        }
        return Optional.empty();
    }

    private static boolean contains(Object actual, Object wanted) {
        if (actual instanceof List<?> list) {
            return list.stream().anyMatch(item -> same(item, wanted));
        }
        return actual instanceof String s && wanted instanceof String w && s.contains(w);
    }

    private static Optional<BigDecimal> number(Object value) {
        if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            return Optional.of(new BigDecimal(n.toString()));
        }
        return Optional.empty();
    }
}
