package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

public interface CaseRepository {
    void add(Case aCase);

    Optional<Case> find(OrganizationId organizationId, CaseId id);

    /** Like {@link #find}, holding a lock on the case until the transaction ends. */
    Optional<Case> findForUpdate(OrganizationId organizationId, CaseId id);

    /**
     * Stores the changes made to a case loaded at {@code loadedVersion()}, as {@code version()}.
     *
     * @throws io.casework.application.port.in.StaleVersionException when someone else changed it since
     */
    void update(Case aCase);

    /** Newest first, at most {@code limit} matching cases created before {@code after}. */
    List<Case> list(OrganizationId organizationId, Filter filter, int limit, Optional<Position> after);

    /** Empty parts match everything; {@code assigneeId} is a staff member's or a team's id. */
    record Filter(Optional<CaseStatus> status, Optional<CaseType> caseType, Optional<String> assigneeId) {
        public static Filter none() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty());
        }

        public boolean matches(Case c) {
            return status.map(s -> s == c.status()).orElse(true)
                    && caseType.map(t -> t.equals(c.type())).orElse(true)
                    && assigneeId.map(id -> c.assignee().map(Assignee::id).filter(id::equals).isPresent()).orElse(true);
        }
    }
}
