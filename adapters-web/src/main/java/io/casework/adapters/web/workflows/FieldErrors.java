package io.casework.adapters.web.workflows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors of a save or publish by field path, as the use cases name them ({@code steps[0].config.assignee_id}),
 * placed next to the editor's input for that path, and listed at the top with a link to each.
 */
final class FieldErrors {
    private static final Pattern STEP = Pattern.compile("steps\\[(\\d+)]\\.?(.*)");
    private static final Map<String, Input> STEP_INPUTS = Map.ofEntries(
            Map.entry("id", new Input("id", "Step ID")),
            Map.entry("type", new Input("", "Step type")),
            Map.entry("config.case", new Input("case", "Case")),
            Map.entry("config.assignee_type", new Input("assignee-type", "Assignee Type")),
            Map.entry("config.assignee_id", new Input("assignee", "Assignee")),
            Map.entry("config.team_strategy", new Input("team-strategy", "Team strategy")),
            Map.entry("config.priority", new Input("priority", "Priority")),
            Map.entry("continue_on_error", new Input("continue-on-error", "Continue on error")),
            Map.entry("when", new Input("when-field", "Condition")),
            Map.entry("when.field", new Input("when-field", "Condition field")),
            Map.entry("when.op", new Input("when-op", "Operator")),
            Map.entry("when.value", new Input("when-value", "Value")));
    private static final Map<String, Input> WORKFLOW_INPUTS = Map.of(
            "name", new Input("name", "Name"),
            "trigger", new Input("trigger-event", "Trigger"),
            "trigger.event", new Input("trigger-event", "Trigger"),
            "trigger.case_types", new Input("case-types", "Case types"),
            "steps", new Input("add-type", "Steps"));

    private final Map<String, String> byPath;

    FieldErrors(Map<String, String> byPath) {
        this.byPath = new LinkedHashMap<>(byPath);
    }

    static FieldErrors none() {
        return new FieldErrors(Map.of());
    }

    boolean isEmpty() {
        return byPath.isEmpty();
    }

    /** The message for one input of the workflow ({@code name}), with its label: "Name is required". */
    String workflow(String path) {
        String message = byPath.get(path);
        return message == null ? null : WORKFLOW_INPUTS.get(path).label() + " " + message;
    }

    /** The message for one input of step {@code index} ({@code config.assignee_id}), with its label. */
    String step(int index, String key) {
        String message = byPath.get("steps[" + index + "]." + key);
        return message == null ? null : STEP_INPUTS.get(key).label() + " " + message;
    }

    /** Whether any error of step {@code index} is about its condition or its continue-on-error. */
    boolean inAdvanced(int index) {
        String prefix = "steps[" + index + "].";
        return byPath.keySet().stream().anyMatch(p -> p.startsWith(prefix + "when") || p.equals(prefix + "continue_on_error"));
    }

    /** The errors of step {@code index} that no input of it shows (a key the editor has no input for). */
    List<String> unplaced(int index) {
        List<String> messages = new ArrayList<>();
        byPath.forEach((path, message) -> {
            Matcher step = STEP.matcher(path);
            if (step.matches() && Integer.parseInt(step.group(1)) == index
                    && (step.group(2).isEmpty() || !STEP_INPUTS.containsKey(step.group(2)) || step.group(2).equals("type"))) {
                messages.add((step.group(2).isEmpty() ? "" : step.group(2) + " ") + message);
            }
        });
        return messages;
    }

    /** Every error, in order, with the label and anchor of the input it belongs to. */
    List<Item> summary() {
        List<Item> items = new ArrayList<>();
        byPath.forEach((path, message) -> {
            Matcher step = STEP.matcher(path);
            if (step.matches()) {
                int index = Integer.parseInt(step.group(1));
                Input input = STEP_INPUTS.get(step.group(2));
                String anchor = "steps-" + index + (input == null || input.suffix().isEmpty() ? "" : "-" + input.suffix());
                String label = "Step " + (index + 1) + " \u00b7 " + (input == null ? path : input.label());
                items.add(new Item(label, message, anchor));
            } else {
                Input input = WORKFLOW_INPUTS.get(path);
                items.add(new Item(input == null ? path : input.label(), message,
                        input == null ? "editor" : input.suffix()));
            }
        });
        return items;
    }

    record Item(String label, String message, String anchor) {
    }

    private record Input(String suffix, String label) {
    }
}
