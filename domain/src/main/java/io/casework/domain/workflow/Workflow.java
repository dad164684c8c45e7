package io.casework.domain.workflow;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.shared.SingleLine;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A routing workflow: a draft that is edited freely, and the number of the latest published version, which
 * is what runs. Publishing freezes the draft as a new {@link WorkflowVersion}. A workflow never published can be
 * deleted; one that was is archived instead, so its versions and runs stay readable.
 */
public final class Workflow {
    public enum Status {
        DRAFT, PUBLISHED, UNPUBLISHED, ARCHIVED
    }

    /** Each step runs in its run's transaction: a bound keeps one organization's runs from holding a worker long. */
    public static final int MAX_STEPS = 50;

    private final WorkflowId id;
    private final OrganizationId organizationId;
    private String name;
    private Trigger trigger;
    private List<StepDefinition> steps;
    private Status status;
    private Integer publishedVersion;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Workflow(WorkflowId id, OrganizationId organizationId, String name, Trigger trigger,
                     List<StepDefinition> steps, Status status, Integer publishedVersion, Instant createdAt,
                     Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.name = requireName(name);
        this.trigger = Objects.requireNonNull(trigger);
        this.steps = List.copyOf(steps);
        this.status = Objects.requireNonNull(status);
        this.publishedVersion = publishedVersion;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    public static Workflow draft(WorkflowId id, OrganizationId organizationId, String name, Trigger trigger,
                                 List<StepDefinition> steps, Instant now) {
        requireStepCount(steps);
        return new Workflow(id, organizationId, SingleLine.require("name", name), trigger, steps, Status.DRAFT, null,
                now, now, 1);
    }

    public static Workflow rehydrate(WorkflowId id, OrganizationId organizationId, String name, Trigger trigger,
                                     List<StepDefinition> steps, Status status, Integer publishedVersion,
                                     Instant createdAt, Instant updatedAt, long version) {
        return new Workflow(id, organizationId, name, trigger, steps, status, publishedVersion, createdAt, updatedAt,
                version);
    }

    /** Replaces the draft; the published version, if any, keeps running unchanged. */
    public void saveDraft(String newName, Trigger newTrigger, List<StepDefinition> newSteps, Instant now) {
        requireNotArchived();
        requireStepCount(newSteps);
        if (newName != null) {
            this.name = requireName(SingleLine.require("name", newName));
        }
        this.trigger = Objects.requireNonNull(newTrigger);
        this.steps = List.copyOf(newSteps);
        this.updatedAt = now;
    }

    /**
     * Freezes the draft as the next version. The caller has validated the draft and parsed each step's config into
     * {@code actions}, one per step, in order.
     */
    public WorkflowVersion publish(List<StepAction> actions, Instant now) {
        requireNotArchived();
        requireStepCount(steps);
        if (actions.size() != steps.size()) {
            throw new IllegalArgumentException(steps.size() + " steps but " + actions.size() + " actions");
        }
        List<PublishedStep> published = IntStream.range(0, steps.size())
                .mapToObj(i -> new PublishedStep(steps.get(i), actions.get(i))).toList();
        int next = publishedVersion == null ? 1 : publishedVersion + 1;
        this.publishedVersion = next;
        this.status = Status.PUBLISHED;
        this.updatedAt = now;
        return new WorkflowVersion(id, organizationId, next, name, trigger, published, now);
    }

    /** Stops new runs; runs already queued finish on their version. */
    public void unpublish(Instant now) {
        if (status == Status.PUBLISHED) {
            this.status = Status.UNPUBLISHED;
            this.updatedAt = now;
        }
    }

    /** For good: it never runs again, and its draft can no longer change. Archiving twice changes nothing. */
    public void archive(Instant now) {
        if (status != Status.ARCHIVED) {
            this.status = Status.ARCHIVED;
            this.updatedAt = now;
        }
    }

    /** Only a workflow never published may go: a published one has versions and runs that must stay readable. */
    public void requireDeletable() {
        if (publishedVersion != null) {
            throw new DomainException("workflow_was_published", "workflow " + id
                    + " was published, so its versions and runs are kept: archive it instead");
        }
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public boolean isArchived() {
        return status == Status.ARCHIVED;
    }

    /** Checked before anything else of a draft, so an oversized one is refused before its steps are read. */
    public static void requireStepCount(List<StepDefinition> steps) {
        if (steps.size() > MAX_STEPS) {
            throw new InvalidValueException("steps", "can be at most " + MAX_STEPS + " in a workflow; this one has "
                    + steps.size());
        }
    }

    private void requireNotArchived() {
        if (status == Status.ARCHIVED) {
            throw new DomainException("workflow_archived", "workflow " + id + " is archived and can no longer change");
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidValueException("name", "must be 1 to 200 characters");
        }
        return name;
    }

    public WorkflowId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public Trigger trigger() {
        return trigger;
    }

    public List<StepDefinition> steps() {
        return steps;
    }

    public Status status() {
        return status;
    }

    public Integer publishedVersion() {
        return publishedVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
