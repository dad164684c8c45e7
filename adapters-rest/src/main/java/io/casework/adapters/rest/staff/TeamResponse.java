package io.casework.adapters.rest.staff;

import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import java.time.Instant;
import java.util.List;

/** {@code member_ids} in rotation order. */
public record TeamResponse(String id, String name, List<String> memberIds, Instant createdAt, long version) {
    public static TeamResponse from(Team team) {
        return new TeamResponse(team.id().value(), team.name(),
                team.memberIds().stream().map(StaffMemberId::value).toList(), team.createdAt(), team.version());
    }
}
