package io.casework.adapters.web.workflows;

import io.casework.domain.workflow.Condition;
import java.util.List;

/** A condition's operators as drafts write them (docs/API.md) and as the editor labels them. */
final class ConditionOps {
    static final List<String> WIRE_NAMES = List.of("eq", "neq", "in", "gte", "lte", "contains");

    private ConditionOps() {
    }

    static String wireName(Condition.Op op) {
        return switch (op) {
            case EQ -> "eq";
            case NEQ -> "neq";
            case IN -> "in";
            case GTE -> "gte";
            case LTE -> "lte";
            case CONTAINS -> "contains";
        };
    }

    /** Null for anything else. */
    static Condition.Op op(String wire) {
        return switch (wire == null ? "" : wire) {
            case "eq" -> Condition.Op.EQ;
            case "neq" -> Condition.Op.NEQ;
            case "in" -> Condition.Op.IN;
            case "gte" -> Condition.Op.GTE;
            case "lte" -> Condition.Op.LTE;
            case "contains" -> Condition.Op.CONTAINS;
            default -> null;
        };
    }

    static String label(String wire) {
        return switch (wire) {
            case "eq" -> "equals";
            case "neq" -> "does not equal";
            case "in" -> "is one of (comma-separated)";
            case "gte" -> "is at least";
            case "lte" -> "is at most";
            case "contains" -> "contains";
            default -> wire;
        };
    }
}
