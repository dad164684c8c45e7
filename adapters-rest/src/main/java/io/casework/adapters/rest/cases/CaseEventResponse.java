package io.casework.adapters.rest.cases;

import io.casework.adapters.rest.dto.ActorResponse;
import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.CaseEventView;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.AssignmentExplanation.Considered;
import io.casework.domain.cases.AssignmentExplanation.PassedOver;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseCreated;
import io.casework.domain.cases.CaseEvent;
import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.cases.CaseSlaBreached;
import io.casework.domain.cases.CaseUnassigned;
import io.casework.domain.cases.CaseUpdated;
import io.casework.domain.cases.CaseUpdated.Change;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One entry of a case's timeline; {@code type} such as {@code case.assigned}, {@code data} the event's facts with
 * snake_case keys, in the order API.md shows them.
 */
public record CaseEventResponse(String id, String type, ActorResponse actor, Map<String, Object> data,
                                Instant createdAt) {
    public static CaseEventResponse from(CaseEventView stored) {
        CaseEvent event = stored.event();
        return new CaseEventResponse(stored.id(), type(event), ActorResponse.from(event.actor()), data(event),
                event.occurredAt());
    }

    private static String type(CaseEvent event) {
        if (event instanceof CaseCreated) {
            return "case.created";
        }
        if (event instanceof CaseAssigned) {
            return "case.assigned";
        }
        if (event instanceof CaseUnassigned) {
            return "case.unassigned";
        }
        if (event instanceof CaseReassigned) {
            return "case.reassigned";
        }
        if (event instanceof CaseSlaBreached) {
            return "case.sla_breached";
        }
        if (event instanceof CaseUpdated updated) {
            return updated.resolves() ? "case.resolved" : updated.reopens() ? "case.reopened" : "case.updated";
        }
        throw new IllegalArgumentException("no API type for " + event.getClass().getSimpleName());
    }

    private static Map<String, Object> data(CaseEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (event instanceof CaseCreated created) {
            data.put("case_type", created.caseType().value());
            data.put("priority", WireNames.of(created.priority()));
        } else if (event instanceof CaseAssigned assigned) {
            data.put("previous_assignee", assigned.previousAssignee().map(CaseEventResponse::assignee).orElse(null));
            data.put("assignee", assignee(assigned.assignee()));
            putExplanation(data, assigned.why());
            data.put("explanation", AssignmentExplanationResponse.from(assigned.why(), assigned.assignee()));
        } else if (event instanceof CaseUnassigned unassigned) {
            data.put("previous_assignee", assignee(unassigned.previousAssignee()));
        } else if (event instanceof CaseReassigned reassigned) {
            data.put("previous_assignee", assignee(reassigned.previousAssignee()));
            data.put("assignee", reassigned.assignee().map(CaseEventResponse::assignee).orElse(null));
            data.put("reason", WireNames.of(reassigned.reason()));
        } else if (event instanceof CaseSlaBreached breached) {
            data.put("deadline", WireNames.of(breached.deadline()));
        } else if (event instanceof CaseUpdated updated) {
            Map<String, Object> changes = new LinkedHashMap<>();
            updated.status().ifPresent(c -> changes.put("status", fromTo(c, WireNames::of)));
            updated.resolution().ifPresent(c -> changes.put("resolution", fromTo(c, value -> value)));
            updated.priority().ifPresent(c -> changes.put("priority", fromTo(c, WireNames::of)));
            updated.tags().ifPresent(c -> changes.put("tags", fromTo(c, value -> value)));
            updated.attributes().ifPresent(c -> changes.put("attributes", fromTo(c, value -> value)));
            data.put("changes", changes);
        }
        return data;
    }

    private static Map<String, Object> assignee(Assignee assignee) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", WireNames.of(assignee.kind()));
        json.put("id", assignee.id());
        return json;
    }

    private static void putExplanation(Map<String, Object> data, AssignmentExplanation why) {
        if (why instanceof AssignmentExplanation.TeamQueue queue) {
            data.put("strategy", "team_queue");
            data.put("notified", queue.notified().stream().map(StaffMemberId::value).toList());
        } else if (why instanceof AssignmentExplanation.RoundRobin roundRobin) {
            putPicked(data, "round_robin", roundRobin.teamId(), roundRobin.candidates());
        } else if (why instanceof AssignmentExplanation.LeastLoaded leastLoaded) {
            putPicked(data, "least_loaded", leastLoaded.teamId(), leastLoaded.candidates());
        }
    }

    /**
     * Why each candidate was passed over ({@code reason}), null for the one picked; as these fields always read, so
     * without the members a rotation did not reach ({@code explanation} lists them).
     */
    private static void putPicked(Map<String, Object> data, String strategy, TeamId teamId,
                                  List<Considered> candidates) {
        data.put("strategy", strategy);
        data.put("team_id", teamId.value());
        data.put("candidates", candidates.stream()
                .filter(c -> !c.passedOver().equals(Optional.of(PassedOver.NOT_NEXT_IN_ROTATION))).map(c -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("staff_member_id", c.staffMemberId().value());
            json.put("active_cases", c.activeCases());
            json.put("reason", c.passedOver().map(WireNames::of).orElse(null));
            return json;
        }).toList());
    }

    private static <T> Map<String, Object> fromTo(Change<T> change, Function<T, ?> shown) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", change.from() == null ? null : shown.apply(change.from()));
        json.put("to", change.to() == null ? null : shown.apply(change.to()));
        return json;
    }
}
