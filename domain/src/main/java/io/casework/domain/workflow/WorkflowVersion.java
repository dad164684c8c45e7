package io.casework.domain.workflow;

import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A published, immutable version of a workflow: what its runs execute. */
public record WorkflowVersion(WorkflowId workflowId, OrganizationId organizationId, int number, String name,
                              Trigger trigger, List<PublishedStep> steps, Instant publishedAt) {
    public WorkflowVersion {
        Objects.requireNonNull(workflowId);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(trigger);
        steps = List.copyOf(steps);
        Objects.requireNonNull(publishedAt);
    }

    /** The steps as their author wrote them. */
    public List<StepDefinition> definitions() {
        return steps.stream().map(PublishedStep::definition).toList();
    }
}
