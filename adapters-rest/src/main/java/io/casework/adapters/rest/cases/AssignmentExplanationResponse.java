package io.casework.adapters.rest.cases;

import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.AssignmentExplanation.Considered;
import io.casework.domain.cases.AssignmentExplanation.PassedOver;
import java.util.List;

/**
 * Why an assignee got a case: {@code strategy} ({@code direct}, {@code team_queue}, {@code round_robin},
 * {@code least_loaded}), the team it went through, and the members the strategy considered, in its order.
 */
public record AssignmentExplanationResponse(String strategy, String teamId, List<CandidateResponse> candidates) {
    /** {@code reason}: {@code chosen}, or why the member was passed over. */
    public record CandidateResponse(String staffMemberId, boolean eligible, String reason, long activeCases,
                                    Integer maxActiveCases) {
        public static CandidateResponse from(Considered considered) {
            return new CandidateResponse(considered.staffMemberId().value(),
                    considered.passedOver().map(PassedOver::eligible).orElse(true),
                    considered.passedOver().map(CandidateResponse::reason).orElse("chosen"),
                    considered.activeCases(), considered.maxActiveCases());
        }

        private static String reason(PassedOver passedOver) {
            return switch (passedOver) {
                case DEACTIVATED -> "inactive";
                case AWAY -> "away";
                case OUT_OF_OFFICE -> "out_of_office";
                case AT_CAPACITY -> "at_capacity";
                case MORE_LOADED -> "more_loaded";
                case NOT_NEXT_IN_ROTATION -> "not_next_in_rotation";
            };
        }
    }

    /** @param assignee who got the case (the team, for a team queue) */
    public static AssignmentExplanationResponse from(AssignmentExplanation why, Assignee assignee) {
        if (why instanceof AssignmentExplanation.RoundRobin robin) {
            return new AssignmentExplanationResponse("round_robin", robin.teamId().value(),
                    candidates(robin.candidates()));
        }
        if (why instanceof AssignmentExplanation.LeastLoaded least) {
            return new AssignmentExplanationResponse("least_loaded", least.teamId().value(),
                    candidates(least.candidates()));
        }
        if (why instanceof AssignmentExplanation.TeamQueue) {
            return new AssignmentExplanationResponse("team_queue", assignee.id(), List.of());
        }
        return new AssignmentExplanationResponse("direct", null, List.of());
    }

    /** The members a strategy considered, in its order; none for a direct assignment or a team queue. */
    public static List<CandidateResponse> candidatesOf(AssignmentExplanation why) {
        if (why instanceof AssignmentExplanation.RoundRobin robin) {
            return candidates(robin.candidates());
        }
        return why instanceof AssignmentExplanation.LeastLoaded least ? candidates(least.candidates()) : List.of();
    }

    private static List<CandidateResponse> candidates(List<Considered> considered) {
        return considered.stream().map(CandidateResponse::from).toList();
    }
}
