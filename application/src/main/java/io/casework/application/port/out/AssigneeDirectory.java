package io.casework.application.port.out;

import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What choosing an assignee needs, under locks held until the transaction ends, so that concurrent
 * assignments see each other: a member's capacity is never exceeded and a rotation never skips or repeats.
 */
public interface AssigneeDirectory {
    /**
     * Locks the given members of the organization (always in the same order, so two assignments cannot
     * deadlock) and returns them with their load; unknown ids are left out.
     */
    List<Candidate> lockStaffMembers(OrganizationId organizationId, Collection<StaffMemberId> ids);

    /** Locks the team, which guards its rotation. */
    Optional<Team> lockTeam(OrganizationId organizationId, TeamId id);

    /** The member the team's round robin picked last, if any. Call with the team locked. */
    Optional<StaffMemberId> lastRotationPick(OrganizationId organizationId, TeamId id);

    void recordRotationPick(OrganizationId organizationId, TeamId id, StaffMemberId picked);

    void recordAssignment(OrganizationId organizationId, StaffMemberId id, Instant at);

    /** A member with their open and pending cases and the time they were last given one (null: never). */
    record Candidate(StaffMember member, long activeCases, Instant lastAssignedAt) {
    }
}
