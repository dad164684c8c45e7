package io.casework.adapters.rest.cases;

import io.casework.adapters.rest.dto.Violations;
import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.AssignmentTarget.AssigneeType;
import io.casework.application.port.in.AssignmentTarget.TeamStrategy;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import java.util.function.Function;

/**
 * {@code team_strategy} applies to teams only and defaults to {@code team_queue}; {@code assignee_type} is
 * {@code individual} or {@code staff_member} (the same), or {@code team}.
 */
public record AssignCaseRequest(String assigneeType, String assigneeId, String teamStrategy) {
    public AssignCaseCommand toCommand(OrganizationId organizationId, Actor actor, CaseId caseId) {
        Violations violations = new Violations();
        AssigneeType type = violations.required("assignee_type", assigneeType, AssignCaseRequest::assigneeType);
        violations.required("assignee_id", assigneeId, Function.identity());
        TeamStrategy strategy = violations.optional("team_strategy", teamStrategy,
                WireNames.parser(TeamStrategy.class));
        violations.throwIfAny();
        AssignmentTarget target = violations.check(() -> new AssignmentTarget(type, assigneeId, strategy));
        violations.throwIfAny();
        return new AssignCaseCommand(organizationId, actor, caseId, target);
    }

    /** {@code staff_member}, the type a case's {@code assignee} shows, is accepted as well as {@code individual}. */
    private static AssigneeType assigneeType(String wire) {
        return switch (wire) {
            case "individual", "staff_member" -> AssigneeType.INDIVIDUAL;
            case "team" -> AssigneeType.TEAM;
            default -> throw new InvalidValueException(null, "must be one of individual, staff_member, team");
        };
    }
}
