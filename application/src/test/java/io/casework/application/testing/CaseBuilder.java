package io.casework.application.testing;

import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.Subject;
import io.casework.domain.organization.OrganizationId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cases for tests, made through the domain's own acts (open, assign, change status), so they hold only states a
 * real case can reach: {@code new CaseBuilder(id, organization, clock).assignedTo(ada).pending().build()}.
 */
public final class CaseBuilder {
    private static final Actor ACTOR = Actor.apiKey("key_test");

    private final CaseId id;
    private final OrganizationId organizationId;
    private final Clock clock;
    private CaseType type = new CaseType("account_takeover");
    private Priority priority = Priority.NORMAL;
    private Subject subject;
    private Map<String, Object> attributes = Map.of();
    private List<String> tags = List.of();
    private Assignee assignee;
    private CaseStatus status = CaseStatus.OPEN;
    private String resolution;

    public CaseBuilder(CaseId id, OrganizationId organizationId, Clock clock) {
        this.id = id;
        this.organizationId = organizationId;
        this.clock = clock;
    }

    public CaseBuilder ofType(String caseType) {
        this.type = new CaseType(caseType);
        return this;
    }

    public CaseBuilder withPriority(Priority newPriority) {
        this.priority = newPriority;
        return this;
    }

    public CaseBuilder about(Subject newSubject) {
        this.subject = newSubject;
        return this;
    }

    public CaseBuilder withAttributes(Map<String, Object> newAttributes) {
        this.attributes = newAttributes;
        return this;
    }

    public CaseBuilder taggedWith(String... newTags) {
        this.tags = List.of(newTags);
        return this;
    }

    public CaseBuilder assignedTo(Assignee newAssignee) {
        this.assignee = newAssignee;
        return this;
    }

    public CaseBuilder pending() {
        this.status = CaseStatus.PENDING;
        return this;
    }

    public CaseBuilder resolved(String newResolution) {
        this.status = CaseStatus.RESOLVED;
        this.resolution = newResolution;
        return this;
    }

    public Case build() {
        Case aCase = Case.open(id, organizationId, type, priority, subject, attributes, tags, ACTOR, clock.instant());
        if (assignee != null) {
            aCase.assignTo(assignee, ACTOR, clock.instant(), new AssignmentExplanation.Direct());
        }
        if (status != CaseStatus.OPEN) {
            aCase.update(new CaseChange(Optional.of(status), Optional.of(Optional.ofNullable(resolution)),
                    Optional.empty(), Optional.empty(), Optional.empty()), ACTOR, clock.instant());
        }
        return aCase;
    }
}
