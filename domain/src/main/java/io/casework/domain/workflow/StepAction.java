package io.casework.domain.workflow;

import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.Priority;
import java.util.Objects;

/**
 * What a published step does, read from its author's config once, when the workflow is published; runs execute
 * this, never the config. Each step acts on the case that triggered the run (the config's {@code "case":
 * "trigger.case"}, its only possible value), so no action names a case.
 */
public sealed interface StepAction {
    /** {@code assign_case}: gives the case to a staff member, or to a team with the strategy that picks within it. */
    record AssignCase(Assignee assignee, TeamStrategy teamStrategy) implements StepAction {
        public enum TeamStrategy {
            TEAM_QUEUE, ROUND_ROBIN, LEAST_LOADED
        }

        /** A team without a strategy is a team queue; a staff member has none. */
        public AssignCase {
            Objects.requireNonNull(assignee);
            if (assignee.kind() == Assignee.Kind.STAFF_MEMBER && teamStrategy != null) {
                throw new IllegalArgumentException("a team strategy applies only to a team");
            }
            if (assignee.kind() == Assignee.Kind.TEAM && teamStrategy == null) {
                teamStrategy = TeamStrategy.TEAM_QUEUE;
            }
        }
    }

    /** {@code set_case_priority}: raises or lowers the case's priority. */
    record SetCasePriority(Priority priority) implements StepAction {
        public SetCasePriority {
            Objects.requireNonNull(priority);
        }
    }
}
