package io.casework.adapters.rest.resource;

import io.casework.adapters.rest.dto.Violations;
import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.PageRequest;
import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.out.CaseRepository;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.shared.PrefixedId;
import java.util.Optional;

/**
 * Reads list query parameters as strings, so that a bad value is a 422 naming the parameter rather than
 * Jersey's 404; an empty value counts as absent.
 */
final class QueryParams {
    private final Violations violations = new Violations();

    static PageRequest page(String limit, String cursor) {
        QueryParams params = new QueryParams();
        PageRequest page = params.pageOf(limit, cursor);
        params.violations.throwIfAny();
        return page;
    }

    static CaseQuery cases(String status, String caseType, String assigneeId, String limit, String cursor) {
        QueryParams params = new QueryParams();
        CaseStatus parsedStatus = params.violations.optional("status", blankToNull(status),
                WireNames.parser(CaseStatus.class));
        CaseType parsedType = params.violations.optional("case_type", blankToNull(caseType), CaseType::new);
        String parsedAssignee = params.violations.optional("assignee_id", blankToNull(assigneeId),
                QueryParams::assigneeId);
        PageRequest page = params.pageOf(limit, cursor);
        params.violations.throwIfAny();
        return new CaseQuery(new CaseRepository.Filter(Optional.ofNullable(parsedStatus),
                Optional.ofNullable(parsedType), Optional.ofNullable(parsedAssignee)), page);
    }

    record CaseQuery(CaseRepository.Filter filter, PageRequest page) {
    }

    private PageRequest pageOf(String limit, String cursor) {
        Integer parsedLimit = violations.optional("limit", blankToNull(limit), QueryParams::limit);
        Position after = violations.optional("cursor", blankToNull(cursor), Position::decode);
        if (!violations.isEmpty()) {
            return null;
        }
        return new PageRequest(parsedLimit == null ? PageRequest.DEFAULT_LIMIT : parsedLimit,
                Optional.ofNullable(after));
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

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
