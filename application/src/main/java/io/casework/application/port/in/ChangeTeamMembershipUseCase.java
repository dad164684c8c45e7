package io.casework.application.port.in;

import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;

/** Adds or removes one member; both are idempotent. */
public interface ChangeTeamMembershipUseCase {
    Team addMember(OrganizationId organizationId, TeamId teamId, StaffMemberId memberId);

    Team removeMember(OrganizationId organizationId, TeamId teamId, StaffMemberId memberId);
}
