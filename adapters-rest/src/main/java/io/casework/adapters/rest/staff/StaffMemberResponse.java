package io.casework.adapters.rest.staff;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.domain.assignee.StaffMember;
import java.time.Instant;

public record StaffMemberResponse(String id, String email, String name, String role, String status, String availability,
                                  Integer maxActiveCases, Instant createdAt, long version) {
    public static StaffMemberResponse from(StaffMember member) {
        return new StaffMemberResponse(member.id().value(), member.email().value(), member.name(), WireNames.of(member.role()),
                WireNames.of(member.status()), WireNames.of(member.availability()), member.maxActiveCases(),
                member.createdAt(), member.version());
    }
}
