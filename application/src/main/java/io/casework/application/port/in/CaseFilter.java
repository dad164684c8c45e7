package io.casework.application.port.in;

import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import java.util.Optional;

/** Which cases a list shows. Empty parts match everything; {@code assigneeId} is a staff member's or a team's id. */
public record CaseFilter(Optional<CaseStatus> status, Optional<CaseType> caseType, Optional<String> assigneeId) {
    public static CaseFilter none() {
        return new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean matches(Case c) {
        return status.map(s -> s == c.status()).orElse(true)
                && caseType.map(t -> t.equals(c.type())).orElse(true)
                && assigneeId.map(id -> c.assignee().map(Assignee::id).filter(id::equals).isPresent()).orElse(true);
    }
}
