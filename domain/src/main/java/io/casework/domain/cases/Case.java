package io.casework.domain.cases;

import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.CaseUpdated.Change;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person to review. Guards its own rules (a resolved case takes no assignee, a resolution needs a resolved
 * status) and records a {@link CaseEvent} for every change, which the use case stores with the state.
 */
public final class Case {
    public static final int MAX_TAGS = 50;
    public static final int MAX_TAG_LENGTH = 64;
    public static final int MAX_RESOLUTION_LENGTH = 64;

    private final CaseId id;
    private final OrganizationId organizationId;
    private final CaseType type;
    private Priority priority;
    private final Subject subject;
    private Map<String, Object> attributes;
    private List<String> tags;
    private CaseStatus status;
    private String resolution;
    private Instant resolvedAt;
    private Assignment assignment;
    private final Instant createdAt;
    private Instant updatedAt;
    private CaseSla sla;
    private final long loadedVersion;
    private final List<CaseEvent> pendingEvents = new ArrayList<>();
    private boolean changed;

    private Case(CaseId id, OrganizationId organizationId, CaseType type, Priority priority, Subject subject,
                 Map<String, Object> attributes, List<String> tags, CaseStatus status, String resolution,
                 Instant resolvedAt, Assignment assignment, Instant createdAt, Instant updatedAt, CaseSla sla,
                 long loadedVersion) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.type = Objects.requireNonNull(type);
        this.priority = Objects.requireNonNull(priority);
        this.subject = subject;
        this.attributes = JsonTree.copyOf(attributes);
        this.tags = requireTags(tags);
        this.status = Objects.requireNonNull(status);
        this.resolution = requireResolution(status, resolution);
        if ((status == CaseStatus.RESOLVED) != (resolvedAt != null)) {
            throw new IllegalArgumentException("a case has a resolved_at exactly when it is resolved");
        }
        this.resolvedAt = resolvedAt;
        this.assignment = assignment;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.sla = sla;
        this.loadedVersion = loadedVersion;
    }

    public static Case open(CaseId id, OrganizationId organizationId, CaseType type, Priority priority, Subject subject,
                            Map<String, Object> attributes, List<String> tags, Actor actor, Instant now) {
        Case c = new Case(id, organizationId, type, priority == null ? Priority.NORMAL : priority, subject, attributes,
                tags, CaseStatus.OPEN, null, null, null, now, now, null, 0);
        c.record(new CaseCreated(type, c.priority, actor, now));
        return c;
    }

    public static Case rehydrate(CaseId id, OrganizationId organizationId, CaseType type, Priority priority,
                                 Subject subject, Map<String, Object> attributes, List<String> tags, CaseStatus status,
                                 String resolution, Instant resolvedAt, Assignment assignment, Instant createdAt,
                                 Instant updatedAt, long version) {
        return rehydrate(id, organizationId, type, priority, subject, attributes, tags, status, resolution, resolvedAt,
                assignment, createdAt, updatedAt, null, version);
    }

    /** As stored, with its SLA ({@code sla} null: no policy applies). */
    public static Case rehydrate(CaseId id, OrganizationId organizationId, CaseType type, Priority priority,
                                 Subject subject, Map<String, Object> attributes, List<String> tags, CaseStatus status,
                                 String resolution, Instant resolvedAt, Assignment assignment, Instant createdAt,
                                 Instant updatedAt, CaseSla sla, long version) {
        return new Case(id, organizationId, type, priority, subject, attributes, tags, status, resolution, resolvedAt,
                assignment, createdAt, updatedAt, sla, version);
    }

    /**
     * Sets the deadlines of the policy that now applies (null: none does); the deadlines already breached stay
     * breached, they happened. Records no event: the policy follows from the case's type and priority.
     */
    public void applySla(CaseSla chosen) {
        CaseSla kept = chosen;
        if (chosen != null && sla != null) {
            for (SlaDeadline done : sla.breached()) {
                kept = kept.withBreached(done);
            }
        }
        if (!Objects.equals(kept, sla)) {
            sla = kept;
            changed = true;
        }
    }

    /** The deadlines that have passed by {@code now} unmet and not yet recorded as breached. */
    public List<SlaDeadline> missedSlaDeadlines(Instant now) {
        return pendingSlaDeadlines().stream()
                .filter(d -> !sla.deadline(d).orElseThrow().isAfter(now))
                .toList();
    }

    /** Records that {@code deadline} passed unmet; a deadline is breached once. */
    public void breachSla(SlaDeadline deadline, Actor actor, Instant now) {
        if (!pendingSlaDeadlines().contains(deadline)) {
            throw new IllegalStateException("case " + id + " has no pending " + deadline + " deadline");
        }
        sla = sla.withBreached(deadline);
        touch(now);
        record(new CaseSlaBreached(deadline, actor, now));
    }

    /**
     * When the next deadline can pass unmet: the earliest of assign-by (until a staff member holds the case: a team
     * queue is not a first response) and resolve-by, for an open or pending case, among those not yet breached.
     * Empty when nothing can breach.
     */
    public Optional<Instant> slaDueAt() {
        return pendingSlaDeadlines().stream().map(d -> sla.deadline(d).orElseThrow()).min(Instant::compareTo);
    }

    private List<SlaDeadline> pendingSlaDeadlines() {
        if (sla == null || !isActive()) {
            return List.of();
        }
        List<SlaDeadline> pending = new ArrayList<>();
        // a first response is a person's: a case waiting in a team's queue has not had one
        boolean withAPerson = assignment != null && assignment.assignee().kind() == Assignee.Kind.STAFF_MEMBER;
        if (sla.assignBy() != null && !withAPerson && !sla.breached().contains(SlaDeadline.ASSIGN_BY)) {
            pending.add(SlaDeadline.ASSIGN_BY);
        }
        if (!sla.breached().contains(SlaDeadline.RESOLVE_BY)) {
            pending.add(SlaDeadline.RESOLVE_BY);
        }
        return pending;
    }

    /** Gives the case to {@code assignee}; {@code why} (strategy, candidates considered) goes into the event. */
    public void assignTo(Assignee assignee, Actor actor, Instant now, AssignmentExplanation why) {
        Objects.requireNonNull(assignee);
        if (status == CaseStatus.RESOLVED) {
            throw new DomainException("case_closed", "case " + id + " is resolved and cannot be assigned");
        }
        CaseAssigned event = new CaseAssigned(assignee(), assignee, why, actor, now);
        this.assignment = new Assignment(assignee, actor, now);
        touch(now);
        record(event);
    }

    /** Removes the assignee; a case with none is left as it is. */
    public void unassign(Actor actor, Instant now) {
        if (assignment == null) {
            return;
        }
        CaseUnassigned event = new CaseUnassigned(assignment.assignee(), actor, now);
        this.assignment = null;
        touch(now);
        record(event);
    }

    /**
     * Records that the case was moved away from {@code previousAssignee}, who became unavailable, to whoever holds it
     * now (nobody, when it was unassigned); the move itself was an {@link #assignTo} or {@link #unassign} just before.
     */
    public void recordReassigned(Assignee previousAssignee, CaseReassigned.Reason reason, Actor actor, Instant now) {
        record(new CaseReassigned(previousAssignee, assignee(), reason, actor, now));
    }

    /** Applies the present parts of {@code change}; records one event listing each field that really changed. */
    public void update(CaseChange change, Actor actor, Instant now) {
        CaseStatus newStatus = change.status().orElse(status);
        String newResolution;
        if (change.resolution().isPresent()) {
            newResolution = change.resolution().get().orElse(null);
        } else {
            newResolution = newStatus == CaseStatus.RESOLVED ? resolution : null;
        }
        requireResolution(newStatus, newResolution);

        Optional<Change<CaseStatus>> statusChange = Optional.empty();
        if (newStatus != status) {
            statusChange = Optional.of(new Change<>(status, newStatus));
            status = newStatus;
            resolvedAt = newStatus == CaseStatus.RESOLVED ? now : null;
        }
        Optional<Change<String>> resolutionChange = Optional.empty();
        if (!Objects.equals(newResolution, resolution)) {
            resolutionChange = Optional.of(new Change<>(resolution, newResolution));
            resolution = newResolution;
        }
        Optional<Change<Priority>> priorityChange = Optional.empty();
        if (change.priority().isPresent() && change.priority().get() != priority) {
            priorityChange = Optional.of(new Change<>(priority, change.priority().get()));
            priority = change.priority().get();
        }
        Optional<Change<List<String>>> tagsChange = Optional.empty();
        if (change.tags().isPresent() && !change.tags().get().equals(tags)) {
            List<String> newTags = requireTags(change.tags().get());
            tagsChange = Optional.of(new Change<>(tags, newTags));
            tags = newTags;
        }
        Optional<Change<Map<String, Object>>> attributesChange = Optional.empty();
        if (change.attributes().isPresent() && !change.attributes().get().equals(attributes)) {
            Map<String, Object> newAttributes = JsonTree.copyOf(change.attributes().get());
            attributesChange = Optional.of(new Change<>(attributes, newAttributes));
            attributes = newAttributes;
        }
        if (statusChange.isEmpty() && resolutionChange.isEmpty() && priorityChange.isEmpty() && tagsChange.isEmpty()
                && attributesChange.isEmpty()) {
            return;
        }
        touch(now);
        record(new CaseUpdated(statusChange, resolutionChange, priorityChange, tagsChange, attributesChange, actor,
                now));
    }

    /** The events recorded since this instance was loaded, to be stored with it; clears them. */
    public List<CaseEvent> pullEvents() {
        List<CaseEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public boolean isNew() {
        return loadedVersion == 0;
    }

    public boolean hasChanged() {
        return changed;
    }

    public boolean isActive() {
        return status.isActive();
    }

    public Optional<Assignee> assignee() {
        return Optional.ofNullable(assignment).map(Assignment::assignee);
    }

    private void record(CaseEvent event) {
        pendingEvents.add(event);
        changed = true;
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    private static List<String> requireTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidValueException("tags", "at most " + MAX_TAGS + " tags");
        }
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null || tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
                throw new InvalidValueException("tags[" + i + "]", "must be 1 to " + MAX_TAG_LENGTH + " characters");
            }
        }
        return List.copyOf(tags);
    }

    private static String requireResolution(CaseStatus status, String resolution) {
        if (resolution == null) {
            return null;
        }
        if (status != CaseStatus.RESOLVED) {
            throw new InvalidValueException("resolution", "is allowed only when status is resolved");
        }
        if (resolution.isEmpty() || resolution.length() > MAX_RESOLUTION_LENGTH) {
            throw new InvalidValueException("resolution", "must be 1 to " + MAX_RESOLUTION_LENGTH + " characters");
        }
        return resolution;
    }

    public CaseId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public CaseType type() {
        return type;
    }

    public Priority priority() {
        return priority;
    }

    public Subject subject() {
        return subject;
    }

    public Map<String, Object> attributes() {
        return attributes;
    }

    public List<String> tags() {
        return tags;
    }

    public CaseStatus status() {
        return status;
    }

    public String resolution() {
        return resolution;
    }

    /** When the case was last resolved; null while it is open or pending. */
    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<Assignment> assignment() {
        return Optional.ofNullable(assignment);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The case's SLA deadlines; empty when no policy applies. */
    public Optional<CaseSla> sla() {
        return Optional.ofNullable(sla);
    }

    /** The version stored when this instance was loaded (0 for a case not stored yet). */
    public long loadedVersion() {
        return loadedVersion;
    }

    /** The version this case has once its pending changes are stored. */
    public long version() {
        return changed ? loadedVersion + 1 : loadedVersion;
    }
}
