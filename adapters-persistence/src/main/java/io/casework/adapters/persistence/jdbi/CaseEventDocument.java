package io.casework.adapters.persistence.jdbi;

import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.AssignmentExplanation.Considered;
import io.casework.domain.cases.AssignmentExplanation.PassedOver;
import io.casework.domain.cases.CaseAssigned;
import io.casework.domain.cases.CaseCreated;
import io.casework.domain.cases.CaseEvent;
import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.CaseSlaBreached;
import io.casework.domain.cases.CaseUnassigned;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.cases.CaseUpdated;
import io.casework.domain.cases.CaseUpdated.Change;
import io.casework.domain.cases.Priority;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stored form of a {@link CaseEvent}: case_events.type ({@code case.assigned}) and case_events.data, a JSON object
 * with explicit snake_case keys, the same the API shows, so that rows written by every version read back.
 */
final class CaseEventDocument {
    private CaseEventDocument() {
    }

    static String type(CaseEvent event) {
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
        throw new IllegalArgumentException("no stored type for " + event.getClass().getSimpleName());
    }

    static String data(CaseEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (event instanceof CaseCreated created) {
            data.put("case_type", created.caseType().value());
            data.put("priority", Rows.wire(created.priority()));
        } else if (event instanceof CaseAssigned assigned) {
            data.put("previous_assignee", assigned.previousAssignee().map(CaseEventDocument::assignee).orElse(null));
            data.put("assignee", assignee(assigned.assignee()));
            putExplanation(data, assigned.why());
        } else if (event instanceof CaseUnassigned unassigned) {
            data.put("previous_assignee", assignee(unassigned.previousAssignee()));
        } else if (event instanceof CaseReassigned reassigned) {
            data.put("previous_assignee", assignee(reassigned.previousAssignee()));
            data.put("assignee", reassigned.assignee().map(CaseEventDocument::assignee).orElse(null));
            data.put("reason", Rows.wire(reassigned.reason()));
        } else if (event instanceof CaseSlaBreached breached) {
            data.put("deadline", Rows.wire(breached.deadline()));
        } else if (event instanceof CaseUpdated updated) {
            Map<String, Object> changes = new LinkedHashMap<>();
            updated.status().ifPresent(c -> changes.put("status", fromTo(c, Rows::wire)));
            updated.resolution().ifPresent(c -> changes.put("resolution", fromTo(c, value -> value)));
            updated.priority().ifPresent(c -> changes.put("priority", fromTo(c, Rows::wire)));
            updated.tags().ifPresent(c -> changes.put("tags", fromTo(c, value -> value)));
            updated.attributes().ifPresent(c -> changes.put("attributes", fromTo(c, value -> value)));
            data.put("changes", changes);
        }
        return JsonColumns.write(data);
    }

    static CaseEvent read(String type, String json, Actor actor, Instant occurredAt) {
        Map<String, Object> data = JsonColumns.readObject(json);
        return switch (type) {
            case "case.created" -> new CaseCreated(new CaseType((String) data.get("case_type")),
                    Rows.enumOf(Priority.class, (String) data.get("priority")), actor, occurredAt);
            case "case.assigned" -> new CaseAssigned(Optional.ofNullable(map(data.get("previous_assignee")))
                    .map(CaseEventDocument::assignee), assignee(map(data.get("assignee"))), explanation(data), actor,
                    occurredAt);
            case "case.unassigned" -> new CaseUnassigned(assignee(map(data.get("previous_assignee"))), actor,
                    occurredAt);
            case "case.reassigned" -> new CaseReassigned(assignee(map(data.get("previous_assignee"))),
                    Optional.ofNullable(map(data.get("assignee"))).map(CaseEventDocument::assignee),
                    Rows.enumOf(CaseReassigned.Reason.class, (String) data.get("reason")), actor, occurredAt);
            case "case.sla_breached" -> new CaseSlaBreached(
                    Rows.enumOf(SlaDeadline.class, (String) data.get("deadline")), actor, occurredAt);
            case "case.updated", "case.resolved", "case.reopened" ->
                    updated(map(data.get("changes")), actor, occurredAt);
            default -> throw new IllegalStateException("unknown case event type stored: " + type);
        };
    }

    private static Map<String, Object> assignee(Assignee assignee) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", Rows.wire(assignee.kind()));
        json.put("id", assignee.id());
        return json;
    }

    private static Assignee assignee(Map<String, Object> json) {
        return new Assignee(Rows.enumOf(Assignee.Kind.class, (String) json.get("type")), (String) json.get("id"));
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

    private static void putPicked(Map<String, Object> data, String strategy, TeamId teamId,
                                  List<Considered> candidates) {
        data.put("strategy", strategy);
        data.put("team_id", teamId.value());
        data.put("candidates", candidates.stream().map(c -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("staff_member_id", c.staffMemberId().value());
            json.put("active_cases", c.activeCases());
            if (c.maxActiveCases() != null) { // absent, as in documents stored before capacities were kept
                json.put("max_active_cases", c.maxActiveCases());
            }
            json.put("reason", c.passedOver().map(Rows::wire).orElse(null));
            return json;
        }).toList());
    }

    /** Events stored without a strategy named their assignee directly. */
    private static AssignmentExplanation explanation(Map<String, Object> data) {
        String strategy = (String) data.get("strategy");
        if (strategy == null) {
            return new AssignmentExplanation.Direct();
        }
        return switch (strategy) {
            case "team_queue" -> new AssignmentExplanation.TeamQueue(((List<?>) data.get("notified")).stream()
                    .map(id -> new StaffMemberId((String) id)).toList());
            case "round_robin" -> new AssignmentExplanation.RoundRobin(new TeamId((String) data.get("team_id")),
                    candidates(data));
            case "least_loaded" -> new AssignmentExplanation.LeastLoaded(new TeamId((String) data.get("team_id")),
                    candidates(data));
            default -> throw new IllegalStateException("unknown assignment strategy stored: " + strategy);
        };
    }

    private static List<Considered> candidates(Map<String, Object> data) {
        return ((List<?>) data.get("candidates")).stream().map(CaseEventDocument::map)
                .map(c -> new Considered(new StaffMemberId((String) c.get("staff_member_id")),
                        ((Number) c.get("active_cases")).longValue(),
                        c.get("max_active_cases") == null ? null : ((Number) c.get("max_active_cases")).intValue(),
                        Optional.ofNullable((String) c.get("reason")).map(r -> Rows.enumOf(PassedOver.class, r))))
                .toList();
    }

    private static CaseUpdated updated(Map<String, Object> changes, Actor actor, Instant occurredAt) {
        return new CaseUpdated(change(changes, "status", s -> Rows.enumOf(CaseStatus.class, (String) s)),
                change(changes, "resolution", s -> (String) s),
                change(changes, "priority", s -> Rows.enumOf(Priority.class, (String) s)),
                change(changes, "tags", CaseEventDocument::texts),
                change(changes, "attributes", CaseEventDocument::map), actor, occurredAt);
    }

    private static <T> Map<String, Object> fromTo(Change<T> change, Function<T, ?> stored) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", change.from() == null ? null : stored.apply(change.from()));
        json.put("to", change.to() == null ? null : stored.apply(change.to()));
        return json;
    }

    private static <T> Optional<Change<T>> change(Map<String, Object> changes, String field, Function<Object, T> read) {
        Map<String, Object> fromTo = map(changes.get(field));
        if (fromTo == null) {
            return Optional.empty();
        }
        Object from = fromTo.get("from");
        Object to = fromTo.get("to");
        return Optional.of(new Change<>(from == null ? null : read.apply(from), to == null ? null : read.apply(to)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    private static List<String> texts(Object json) {
        return ((List<?>) json).stream().map(String.class::cast).toList();
    }
}
