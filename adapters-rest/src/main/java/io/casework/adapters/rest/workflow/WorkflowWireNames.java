package io.casework.adapters.rest.workflow;

import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.workflow.Condition;
import io.casework.domain.workflow.Trigger;

/**
 * Trigger events and condition operators on the wire, mapped one by one rather than derived from the constants'
 * names: {@code case.created} is no constant's name, and renaming a constant must not change the API. The
 * switches are exhaustive, so a new constant does not compile until it has a wire name.
 */
final class WorkflowWireNames {
    private WorkflowWireNames() {
    }

    static String of(Trigger.Event event) {
        return switch (event) {
            case CASE_CREATED -> "case.created";
            case MANUAL -> "manual";
            case ASSIGNEE_UNAVAILABLE -> "assignee.unavailable";
            case CASE_SLA_BREACHED -> "case.sla_breached";
        };
    }

    /** A trigger a workflow may be published with; {@code assignee.unavailable} is only ever a run's event. */
    static Trigger.Event event(String wire) {
        return switch (wire) {
            case "case.created" -> Trigger.Event.CASE_CREATED;
            case "manual" -> Trigger.Event.MANUAL;
            case "case.sla_breached" -> Trigger.Event.CASE_SLA_BREACHED;
            default -> throw new InvalidValueException(null, "must be one of case.created, case.sla_breached, manual");
        };
    }

    static String of(Condition.Op op) {
        return switch (op) {
            case EQ -> "eq";
            case NEQ -> "neq";
            case IN -> "in";
            case GTE -> "gte";
            case LTE -> "lte";
            case CONTAINS -> "contains";
        };
    }

    static Condition.Op op(String wire) {
        return switch (wire) {
            case "eq" -> Condition.Op.EQ;
            case "neq" -> Condition.Op.NEQ;
            case "in" -> Condition.Op.IN;
            case "gte" -> Condition.Op.GTE;
            case "lte" -> Condition.Op.LTE;
            case "contains" -> Condition.Op.CONTAINS;
            default -> throw new InvalidValueException(null, "must be one of eq, neq, in, gte, lte, contains");
        };
    }
}
