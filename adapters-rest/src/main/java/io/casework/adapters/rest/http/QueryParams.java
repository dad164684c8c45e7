package io.casework.adapters.rest.http;

import io.casework.adapters.rest.dto.Violations;
import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.CaseFilter;
import io.casework.application.port.in.NotificationView;
import io.casework.application.port.in.RunFilter;
import io.casework.application.port.in.SlaFilter;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.shared.PrefixedId;
import io.casework.domain.sla.SlaPolicy;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads list query parameters as strings, so that a bad value is a 422 naming the parameter rather than
 * Jersey's 404; an empty value counts as absent. U+0000 is refused in any of them, as PostgreSQL would refuse it.
 */
public final class QueryParams {
    private static final Instant EARLIEST_CURSOR = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST_CURSOR = Instant.parse("9999-12-31T23:59:59Z");

    private final Violations violations = new Violations();

    public static PageRequest page(String limit, String cursor) {
        QueryParams params = new QueryParams();
        PageRequest page = params.pageOf(limit, cursor);
        params.violations.throwIfAny();
        return page;
    }

    public static CaseQuery cases(String status, String caseType, String assigneeId, String priority,
                                  String referenceId, String sla, String limit, String cursor) {
        QueryParams params = new QueryParams();
        CaseStatus parsedStatus = params.parse("status", status, WireNames.parser(CaseStatus.class));
        CaseType parsedType = params.parse("case_type", caseType, CaseType::new);
        String parsedAssignee = params.parse("assignee_id", assigneeId, QueryParams::assigneeId);
        Priority parsedPriority = params.parse("priority", priority, WireNames.parser(Priority.class));
        String parsedReference = params.parse("subject.reference_id", referenceId, Function.identity());
        SlaFilter parsedSla = params.parse("sla", sla, QueryParams::slaFilter);
        PageRequest page = params.pageOf(limit, cursor);
        params.violations.throwIfAny();
        return new CaseQuery(new CaseFilter(Optional.ofNullable(parsedStatus), Optional.ofNullable(parsedType),
                Optional.ofNullable(parsedAssignee), Optional.ofNullable(parsedPriority),
                Optional.ofNullable(parsedReference)).withSla(Optional.ofNullable(parsedSla)), page);
    }

    /** {@code breached}, or {@code due_within_minutes:N} with N from 1 to a year of minutes. */
    private static SlaFilter slaFilter(String value) {
        if (value.equals("breached")) {
            return new SlaFilter.Breached();
        }
        String prefix = "due_within_minutes:";
        if (value.startsWith(prefix) && value.length() > prefix.length() && value.length() <= prefix.length() + 6
                && value.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9')) {
            int minutes = Integer.parseInt(value.substring(prefix.length()));
            if (minutes >= 1 && minutes <= SlaPolicy.MAX_MINUTES) {
                return new SlaFilter.DueWithin(Duration.ofMinutes(minutes));
            }
        }
        throw new InvalidValueException("sla", "must be breached or due_within_minutes:N, N from 1 to "
                + SlaPolicy.MAX_MINUTES);
    }

    public record CaseQuery(CaseFilter filter, PageRequest page) {
    }

    public static RunQuery runs(String workflowId, String caseId, String status, String limit, String cursor) {
        QueryParams params = new QueryParams();
        WorkflowId workflow = params.parse("workflow_id", workflowId, WorkflowId::new);
        CaseId aCase = params.parse("case_id", caseId, CaseId::new);
        WorkflowRun.Status parsedStatus = params.parse("status", status, WireNames.parser(WorkflowRun.Status.class));
        PageRequest page = params.pageOf(limit, cursor);
        params.violations.throwIfAny();
        return new RunQuery(new RunFilter(Optional.ofNullable(workflow), Optional.ofNullable(aCase),
                Optional.ofNullable(parsedStatus)), page);
    }

    public record RunQuery(RunFilter filter, PageRequest page) {
    }

    public static NotificationQuery notifications(String caseId, String status, String limit, String cursor) {
        QueryParams params = new QueryParams();
        CaseId aCase = params.parse("case_id", caseId, CaseId::new);
        NotificationView.Status parsedStatus = params.parse("status", status,
                WireNames.parser(NotificationView.Status.class));
        PageRequest page = params.pageOf(limit, cursor);
        params.violations.throwIfAny();
        return new NotificationQuery(Optional.ofNullable(aCase), Optional.ofNullable(parsedStatus), page);
    }

    public record NotificationQuery(Optional<CaseId> caseId, Optional<NotificationView.Status> status, PageRequest page) {
    }

    private PageRequest pageOf(String limit, String cursor) {
        Integer parsedLimit = parse("limit", limit, QueryParams::limit);
        Position after = parse("cursor", cursor, QueryParams::cursor);
        if (!violations.isEmpty()) {
            return null;
        }
        return new PageRequest(parsedLimit == null ? PageRequest.DEFAULT_LIMIT : parsedLimit,
                Optional.ofNullable(after));
    }

    /** A parameter that may be absent (null or empty). */
    private <T> T parse(String name, String raw, Function<String, T> parse) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.indexOf('\0') >= 0) {
            violations.add(name, JsonTextInterceptor.MESSAGE);
            return null;
        }
        return violations.optional(name, raw, parse);
    }

    /**
     * A cursor is opaque base64, so what the database refuses may hide in what it decodes to: a NUL in the id, or
     * a time no row can have (outside years 1 to 9999, well inside what PostgreSQL's timestamps hold).
     */
    private static Position cursor(String raw) {
        Position position = Position.decode(raw);
        if (position.id().indexOf('\0') >= 0 || position.createdAt().isBefore(EARLIEST_CURSOR)
                || position.createdAt().isAfter(LATEST_CURSOR)) {
            throw new InvalidValueException("cursor", "is not a cursor this API returned");
        }
        return position;
    }

    private static Integer limit(String raw) {
        String message = "must be an integer from 1 to " + PageRequest.MAX_LIMIT;
        if (!raw.matches("\\d{1,3}")) {
            throw new InvalidValueException("limit", message);
        }
        int limit = Integer.parseInt(raw);
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw new InvalidValueException("limit", message);
        }
        return limit;
    }

    private static String assigneeId(String raw) {
        if (!PrefixedId.matches(raw, StaffMemberId.PREFIX) && !PrefixedId.matches(raw, TeamId.PREFIX)) {
            throw new InvalidValueException("assignee_id", "must be a staff member id (stf_…) or a team id (team_…)");
        }
        return raw;
    }
}
