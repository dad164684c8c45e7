package io.casework.adapters.rest.staff;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.OutOfOfficeWindow;
import java.time.Instant;
import java.util.List;

public record StaffMemberResponse(String id, String email, String name, String role, String status, String availability,
                                  Integer maxActiveCases, List<Window> outOfOffice, Instant createdAt, long version) {
    public static StaffMemberResponse from(StaffMember member) {
        return new StaffMemberResponse(member.id().value(), member.email().value(), member.name(), WireNames.of(member.role()),
                WireNames.of(member.status()), WireNames.of(member.availability()), member.maxActiveCases(),
                member.outOfOffice().windows().stream().map(Window::from).toList(), member.createdAt(),
                member.version());
    }

    /** An out-of-office window; {@code note} is null when none was given. */
    public record Window(Instant startsAt, Instant endsAt, String note) {
        static Window from(OutOfOfficeWindow window) {
            return new Window(window.startsAt(), window.endsAt(), window.note());
        }
    }
}
