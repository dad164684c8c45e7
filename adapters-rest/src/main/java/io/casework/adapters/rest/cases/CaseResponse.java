package io.casework.adapters.rest.cases;

import io.casework.adapters.rest.dto.ActorResponse;
import io.casework.adapters.rest.dto.WireNames;
import io.casework.domain.cases.Assignment;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseSla;
import io.casework.domain.cases.Subject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code resolved_at} is when the case was last resolved, null while it is open or pending. */
public record CaseResponse(String id, String caseType, String status, String resolution, Instant resolvedAt,
                           String priority,
                           SubjectResponse subject, Map<String, Object> attributes, List<String> tags,
                           AssigneeResponse assignee, Instant assignedAt, SlaResponse sla, Instant createdAt,
                           Instant updatedAt, long version) {
    public record SubjectResponse(String referenceId, String name, String email) {
        static SubjectResponse from(Subject subject) {
            return subject == null ? null : new SubjectResponse(subject.referenceId(), subject.name(),
                    subject.email() == null ? null : subject.email().value());
        }
    }

    /**
     * {@code type} is {@code staff_member} or {@code team}; {@code explanation} is why they got the case, null where
     * it is not known (lists, and assignments recorded without one).
     */
    public record AssigneeResponse(String type, String id, ActorResponse assignedBy,
                                   AssignmentExplanationResponse explanation) {
        static AssigneeResponse from(Assignment assignment, Optional<AssignmentExplanation> why) {
            return new AssigneeResponse(WireNames.of(assignment.assignee().kind()), assignment.assignee().id(),
                    ActorResponse.from(assignment.assignedBy()),
                    why.map(w -> AssignmentExplanationResponse.from(w, assignment.assignee())).orElse(null));
        }
    }

    /**
     * The case's SLA: the policy's id, its deadlines ({@code assign_by} null when the policy sets no first response
     * time) and the deadlines breached, {@code assign_by} before {@code resolve_by}.
     */
    public record SlaResponse(String policy, Instant assignBy, Instant resolveBy, List<String> breached) {
        static SlaResponse from(CaseSla sla) {
            return new SlaResponse(sla.policy(), sla.assignBy(), sla.resolveBy(),
                    sla.breached().stream().sorted().map(WireNames::of).toList());
        }
    }

    /** A case as lists show it, without the explanation of its assignment. */
    public static CaseResponse from(Case c) {
        return from(c, Optional.empty());
    }

    public static CaseResponse from(Case c, Optional<AssignmentExplanation> why) {
        return new CaseResponse(c.id().value(), c.type().value(), WireNames.of(c.status()), c.resolution(),
                c.resolvedAt().orElse(null), WireNames.of(c.priority()), SubjectResponse.from(c.subject()), c.attributes(), c.tags(),
                c.assignment().map(a -> AssigneeResponse.from(a, why)).orElse(null),
                c.assignment().map(Assignment::assignedAt).orElse(null), c.sla().map(SlaResponse::from).orElse(null),
                c.createdAt(), c.updatedAt(), c.version());
    }
}
