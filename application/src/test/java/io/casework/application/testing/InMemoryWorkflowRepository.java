package io.casework.application.testing;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.domain.cases.CaseType;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryWorkflowRepository implements WorkflowRepository, InMemoryTransactions.Participant {
    private final Map<WorkflowId, Workflow> workflows = new LinkedHashMap<>();
    private final List<WorkflowVersion> versions = new ArrayList<>();

    @Override
    public synchronized void add(Workflow workflow) {
        workflows.put(workflow.id(), copy(workflow, workflow.version()));
    }

    @Override
    public synchronized Optional<Workflow> find(OrganizationId organizationId, WorkflowId id) {
        return Optional.ofNullable(workflows.get(id)).filter(w -> w.organizationId().equals(organizationId))
                .map(w -> copy(w, w.version()));
    }

    @Override
    public synchronized void update(Workflow workflow) {
        Workflow stored = workflows.get(workflow.id());
        if (stored == null || stored.version() != workflow.version()) {
            throw new StaleVersionException("workflow", workflow.id().value());
        }
        workflows.put(workflow.id(), copy(workflow, workflow.version() + 1));
    }

    @Override
    public synchronized void delete(Workflow workflow) {
        Workflow stored = workflows.get(workflow.id());
        if (stored == null || !stored.organizationId().equals(workflow.organizationId())
                || stored.version() != workflow.version()) {
            throw new StaleVersionException("workflow", workflow.id().value());
        }
        workflows.remove(workflow.id());
    }

    @Override
    public synchronized List<Workflow> list(OrganizationId organizationId, int limit, Optional<Position> after) {
        return InMemoryPages.newestFirst(workflows.values().stream().filter(w -> w.organizationId().equals(organizationId)),
                w -> new Position(w.createdAt(), w.id().value()), limit, after);
    }

    @Override
    public synchronized void addVersion(WorkflowVersion version) {
        versions.add(version);
    }

    @Override
    public synchronized Optional<WorkflowVersion> findVersion(OrganizationId organizationId, WorkflowId id, int number) {
        return versions.stream().filter(v -> v.organizationId().equals(organizationId) && v.workflowId().equals(id)
                && v.number() == number).findFirst();
    }

    @Override
    public synchronized List<WorkflowVersion> listVersions(OrganizationId organizationId, WorkflowId id, int limit,
                                                           Optional<Position> after) {
        int below = after.map(InMemoryWorkflowRepository::versionNumber).orElse(Integer.MAX_VALUE);
        return versions.stream()
                .filter(v -> v.organizationId().equals(organizationId) && v.workflowId().equals(id) && v.number() < below)
                .sorted((a, b) -> Integer.compare(b.number(), a.number()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<WorkflowVersion> publishedStartingFor(OrganizationId organizationId, Trigger.Event event,
                                                                   CaseType caseType) {
        return workflows.values().stream()
                .filter(w -> w.organizationId().equals(organizationId) && w.isPublished())
                .flatMap(w -> findVersion(organizationId, w.id(), w.publishedVersion()).stream())
                .filter(v -> v.trigger().startsFor(event, caseType))
                .toList();
    }

    /** A versions cursor carries a version number; any other cursor was not made for this list. */
    private static int versionNumber(Position position) {
        try {
            return Integer.parseInt(position.id());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("cursor", "is not a cursor this API returned");
        }
    }

    private static Workflow copy(Workflow w, long version) {
        return Workflow.rehydrate(w.id(), w.organizationId(), w.name(), w.trigger(), w.steps(), w.status(),
                w.publishedVersion(), w.createdAt(), w.updatedAt(), version);
    }

    @Override
    public synchronized Runnable snapshot() {
        Runnable workflowsBack = InMemoryTransactions.Participant.restoring(this, workflows);
        Runnable versionsBack = InMemoryTransactions.Participant.restoring(this, versions);
        return () -> {
            workflowsBack.run();
            versionsBack.run();
        };
    }
}
