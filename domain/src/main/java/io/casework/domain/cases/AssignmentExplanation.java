package io.casework.domain.cases;

import io.casework.domain.assignee.Refusal;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How an assignee was chosen: named directly, or by one of a team's strategies. */
public sealed interface AssignmentExplanation {
    /** The caller named the assignee. */
    record Direct() implements AssignmentExplanation {
    }

    /** The case went to the team's queue; {@code notified} are the members told about it. */
    record TeamQueue(List<StaffMemberId> notified) implements AssignmentExplanation {
        public TeamQueue {
            notified = List.copyOf(notified);
        }
    }

    /** The team's rotation picked the first member who could take the case, in the order considered. */
    record RoundRobin(TeamId teamId, List<Considered> candidates) implements AssignmentExplanation {
        public RoundRobin {
            Objects.requireNonNull(teamId);
            candidates = List.copyOf(candidates);
        }
    }

    /** The member holding the fewest active cases was picked among those who could take it. */
    record LeastLoaded(TeamId teamId, List<Considered> candidates) implements AssignmentExplanation {
        public LeastLoaded {
            Objects.requireNonNull(teamId);
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * A member considered, with the active cases they held and their capacity then ({@code maxActiveCases}, null
     * for no limit); {@code passedOver} is empty for the one picked.
     */
    record Considered(StaffMemberId staffMemberId, long activeCases, Integer maxActiveCases,
                      Optional<PassedOver> passedOver) {
        public Considered {
            Objects.requireNonNull(staffMemberId);
            Objects.requireNonNull(passedOver);
        }
    }

    /**
     * Why a candidate was not picked: a {@link Refusal} of their own; or, though they could take the case, another
     * eligible member had fewer cases, or the rotation reached another eligible member first.
     */
    enum PassedOver {
        DEACTIVATED, AWAY, OUT_OF_OFFICE, AT_CAPACITY, MORE_LOADED, NOT_NEXT_IN_ROTATION;

        /** Whether the member could have taken the case. */
        public boolean eligible() {
            return this == MORE_LOADED || this == NOT_NEXT_IN_ROTATION;
        }

        public static PassedOver because(Refusal refusal) {
            return switch (refusal) {
                case DEACTIVATED -> DEACTIVATED;
                case AWAY -> AWAY;
                case OUT_OF_OFFICE -> OUT_OF_OFFICE;
                case AT_CAPACITY -> AT_CAPACITY;
            };
        }
    }
}
