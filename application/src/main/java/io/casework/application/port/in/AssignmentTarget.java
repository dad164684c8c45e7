package io.casework.application.port.in;

import io.casework.domain.shared.InvalidValueException;
import java.util.Objects;

/** Whom to give a case to: a staff member, or a team with the strategy that picks within it. */
public record AssignmentTarget(AssigneeType assigneeType, String assigneeId, TeamStrategy teamStrategy) {
    public enum AssigneeType {
        INDIVIDUAL, TEAM
    }

    public enum TeamStrategy {
        TEAM_QUEUE, ROUND_ROBIN, LEAST_LOADED
    }

    public AssignmentTarget {
        Objects.requireNonNull(assigneeType, "assigneeType");
        if (assigneeId == null || assigneeId.isEmpty()) {
            throw new InvalidValueException("assignee_id", "is required");
        }
        if (assigneeType == AssigneeType.INDIVIDUAL && teamStrategy != null) {
            throw new InvalidValueException("team_strategy", "applies only to a team");
        }
        if (assigneeType == AssigneeType.TEAM && teamStrategy == null) {
            teamStrategy = TeamStrategy.TEAM_QUEUE;
        }
    }
}
