package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.CaseFilter;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public interface CaseRepository {
    void add(Case aCase);

    /** Adds new cases together, as {@link #add} does each. */
    default void addAll(List<Case> added) {
        added.forEach(this::add);
    }

    Optional<Case> find(OrganizationId organizationId, CaseId id);

    /** Like {@link #find}, holding a lock on the case until the transaction ends. */
    Optional<Case> findForUpdate(OrganizationId organizationId, CaseId id);

    /**
     * Stores the changes made to a case loaded at {@code loadedVersion()}, as {@code version()}.
     *
     * @throws io.casework.application.port.in.StaleVersionException when someone else changed it since
     */
    void update(Case aCase);

    /**
     * Locks the cases (in id order, as every transaction locking several does) and returns those that exist; held
     * until the transaction ends.
     */
    default List<Case> lockAll(OrganizationId organizationId, Collection<CaseId> ids) {
        return ids.stream().distinct().sorted(Comparator.comparing(CaseId::value))
                .flatMap(id -> findForUpdate(organizationId, id).stream())
                .toList();
    }

    /**
     * Stores many cases at once, each as {@code state()} (its {@code version()} included), where it was stored at
     * {@code storedVersion}.
     *
     * @throws io.casework.application.port.in.StaleVersionException when one was changed since
     */
    void updateAll(List<Change> changes);

    /** A case's new state, replacing the one stored at {@code storedVersion}. */
    record Change(Case state, long storedVersion) {
    }

    /** Newest first, at most {@code limit} matching cases created before {@code after}. */
    List<Case> list(OrganizationId organizationId, CaseFilter filter, int limit, Optional<Position> after);
}
