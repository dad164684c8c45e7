package io.casework.adapters.persistence.jdbi;

import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.Priority;
import io.casework.domain.workflow.PublishedStep;
import io.casework.domain.workflow.StepAction;
import io.casework.domain.workflow.StepAction.AssignCase;
import io.casework.domain.workflow.StepAction.SetCasePriority;
import io.casework.domain.workflow.StepDefinition;
import java.util.Map;

/**
 * The action of a published step, read back from its config: a version's steps are stored as their authors wrote
 * them, in the JSON this adapter has always written, and the application validated each config when it published
 * the version, so a config that does not read is a damaged row. The config's wire names are here, once for this
 * adapter.
 */
final class StepActionJson {
    private StepActionJson() {
    }

    static PublishedStep published(StepDefinition step) {
        return new PublishedStep(step, action(step));
    }

    private static StepAction action(StepDefinition step) {
        Map<String, Object> config = step.config();
        return switch (step.type()) {
            case "assign_case" -> new AssignCase(
                    new Assignee(assigneeKind(text(config, "assignee_type")), text(config, "assignee_id")),
                    config.get("team_strategy") == null ? null : teamStrategy(text(config, "team_strategy")));
            case "set_case_priority" -> new SetCasePriority(priority(text(config, "priority")));
            default -> throw new IllegalStateException("unknown step type stored in a version: " + step.type());
        };
    }

    private static Assignee.Kind assigneeKind(String wire) {
        return switch (wire) {
            case "individual", "staff_member" -> Assignee.Kind.STAFF_MEMBER;
            case "team" -> Assignee.Kind.TEAM;
            default -> throw unknown("assignee_type", wire);
        };
    }

    private static AssignCase.TeamStrategy teamStrategy(String wire) {
        return switch (wire) {
            case "team_queue" -> AssignCase.TeamStrategy.TEAM_QUEUE;
            case "round_robin" -> AssignCase.TeamStrategy.ROUND_ROBIN;
            case "least_loaded" -> AssignCase.TeamStrategy.LEAST_LOADED;
            default -> throw unknown("team_strategy", wire);
        };
    }

    private static Priority priority(String wire) {
        return switch (wire) {
            case "low" -> Priority.LOW;
            case "normal" -> Priority.NORMAL;
            case "high" -> Priority.HIGH;
            case "urgent" -> Priority.URGENT;
            default -> throw unknown("priority", wire);
        };
    }

    private static String text(Map<String, Object> config, String key) {
        if (config.get(key) instanceof String text) {
            return text;
        }
        throw new IllegalStateException("stored step config has no text " + key);
    }

    private static IllegalStateException unknown(String key, String wire) {
        return new IllegalStateException("unknown " + key + " stored in a step config: " + wire);
    }
}
