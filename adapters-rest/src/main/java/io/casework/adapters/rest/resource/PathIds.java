package io.casework.adapters.rest.resource;

import io.casework.application.port.in.NotFoundException;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.shared.PrefixedId;
import java.util.function.Function;

/** An id in a path that is not of the resource's type names nothing there: 404, like an unknown one. */
final class PathIds {
    private PathIds() {
    }

    static StaffMemberId staffMember(String raw) {
        return parse(raw, StaffMemberId.PREFIX, "staff member", StaffMemberId::new);
    }

    static TeamId team(String raw) {
        return parse(raw, TeamId.PREFIX, "team", TeamId::new);
    }

    static CaseId aCase(String raw) {
        return parse(raw, CaseId.PREFIX, "case", CaseId::new);
    }

    private static <T> T parse(String raw, String prefix, String what, Function<String, T> id) {
        if (!PrefixedId.matches(raw, prefix)) {
            throw new NotFoundException(what, raw);
        }
        return id.apply(raw);
    }
}
