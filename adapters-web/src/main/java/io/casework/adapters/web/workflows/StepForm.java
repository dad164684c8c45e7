package io.casework.adapters.web.workflows;

import io.casework.domain.workflow.Condition;
import io.casework.domain.workflow.StepDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One step as the editor's form holds it: plain strings, one per input, so that whatever was typed is shown again
 * as typed. A step of a type this editor does not know (saved through the API) keeps its config as stored.
 */
final class StepForm {
    static final String INDIVIDUAL = "individual";
    static final String TEAM = "team";
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");

    String id;
    final String type;
    String assigneeType = INDIVIDUAL;
    String assigneeId = "";
    String teamStrategy = "";
    String priority = "";
    boolean continueOnError;
    String whenField = "";
    String whenOp = "eq";
    String whenValue = "";
    /** The stored config of a step whose type the editor does not know, kept unchanged. */
    Map<String, Object> otherConfig = Map.of();

    StepForm(String id, String type) {
        this.id = Objects.requireNonNull(id);
        this.type = Objects.requireNonNull(type);
    }

    static StepForm of(StepDefinition step) {
        StepForm form = new StepForm(step.id(), step.type());
        Map<String, Object> config = step.config();
        if (StepCatalog.of(step.type()).isEmpty()) {
            form.otherConfig = config;
        }
        form.assigneeType = text(config.get("assignee_type"), INDIVIDUAL);
        form.assigneeId = text(config.get("assignee_id"), "");
        form.teamStrategy = text(config.get("team_strategy"), "");
        form.priority = text(config.get("priority"), "");
        form.continueOnError = step.continueOnError();
        Condition when = step.when();
        if (when != null) {
            form.whenField = when.field();
            form.whenOp = ConditionOps.wireName(when.op());
            form.whenValue = show(when.value());
        }
        return form;
    }

    StepCatalog kind() {
        return StepCatalog.of(type).orElse(null);
    }

    boolean isTeam() {
        return TEAM.equals(assigneeType);
    }

    /**
     * The step as a draft holds it; an input left empty is left out of the config, so that publishing names it as
     * missing. {@code errors} gets what the form itself can tell is wrong (a half-written condition), by field path.
     */
    StepDefinition toDefinition(int index, Map<String, String> errors) {
        Map<String, Object> config = new LinkedHashMap<>();
        StepCatalog kind = kind();
        if (kind == null) {
            config.putAll(otherConfig);
        } else if (kind == StepCatalog.ASSIGN_CASE) {
            config.put("case", "trigger.case");
            config.put("assignee_type", assigneeType);
            putIfSet(config, "assignee_id", assigneeId);
            if (isTeam()) {
                putIfSet(config, "team_strategy", teamStrategy);
            }
        } else {
            config.put("case", "trigger.case");
            putIfSet(config, "priority", priority);
        }
        return new StepDefinition(id, type, config, continueOnError, condition(index, errors));
    }

    private Condition condition(int index, Map<String, String> errors) {
        String path = "steps[" + index + "].when.";
        if (whenField.isBlank() && whenValue.isBlank()) {
            return null;
        }
        Condition.Op op = ConditionOps.op(whenOp);
        if (op == null) {
            errors.put(path + "op", "must be one of " + String.join(", ", ConditionOps.WIRE_NAMES));
        }
        if (whenField.isBlank()) {
            errors.put(path + "field", "is required when a value is given");
        }
        if (whenValue.isBlank()) {
            errors.put(path + "value", "is required when a field is given");
        }
        if (op == null || whenField.isBlank() || whenValue.isBlank()) {
            return null;
        }
        Object value = op == Condition.Op.IN
                ? splitList(whenValue).stream().map(StepForm::parse).toList()
                : parse(whenValue.strip());
        return new Condition(whenField.strip(), op, value);
    }

    private static void putIfSet(Map<String, Object> config, String key, String value) {
        if (value != null && !value.isBlank()) {
            config.put(key, value.strip());
        }
    }

    /** A condition's value as typed: a number, true or false, or else text ("quoted" to keep "10" as text). */
    static Object parse(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1);
        }
        if (INTEGER.matcher(raw).matches()) {
            return Long.parseLong(raw);
        }
        if (DECIMAL.matcher(raw).matches()) {
            return new BigDecimal(raw);
        }
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.parseBoolean(raw);
        }
        return raw;
    }

    /** A value as the form shows it; text that would read back as something else is quoted. */
    static String show(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(StepForm::show).collect(Collectors.joining(", "));
        }
        if (value instanceof String s) {
            return parse(s) instanceof String && !s.contains(",") ? s : "\"" + s + "\"";
        }
        return String.valueOf(value);
    }

    private static List<String> splitList(String raw) {
        List<String> items = new ArrayList<>();
        for (String item : raw.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static String text(Object value, String absent) {
        return value == null ? absent : String.valueOf(value);
    }
}
