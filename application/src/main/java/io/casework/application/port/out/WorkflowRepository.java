package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.domain.cases.CaseType;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowVersion;
import java.util.List;
import java.util.Optional;

public interface WorkflowRepository {
    void add(Workflow workflow);

    Optional<Workflow> find(OrganizationId organizationId, WorkflowId id);

    /**
     * Stores a change made to the workflow as loaded at {@code workflow.version()}, bumping the version.
     *
     * @throws io.casework.application.port.in.StaleVersionException when someone else changed it since
     */
    void update(Workflow workflow);

    /**
     * Removes a workflow as loaded at {@code workflow.version()}; the caller has made sure it has no version.
     *
     * @throws io.casework.application.port.in.StaleVersionException when someone else changed it since
     */
    void delete(Workflow workflow);

    /** Newest first. */
    List<Workflow> list(OrganizationId organizationId, int limit, Optional<Position> after);

    void addVersion(WorkflowVersion version);

    Optional<WorkflowVersion> findVersion(OrganizationId organizationId, WorkflowId id, int number);

    /** Newest first; a position's id is the version number. */
    List<WorkflowVersion> listVersions(OrganizationId organizationId, WorkflowId id, int limit,
                                       Optional<Position> after);

    /** The latest published version of each published workflow whose trigger starts for a new case of the type. */
    default List<WorkflowVersion> publishedStartingFor(OrganizationId organizationId, CaseType caseType) {
        return publishedStartingFor(organizationId, Trigger.Event.CASE_CREATED, caseType);
    }

    /** The published versions that {@code event} starts for a case of {@code caseType}. */
    List<WorkflowVersion> publishedStartingFor(OrganizationId organizationId, Trigger.Event event, CaseType caseType);
}
