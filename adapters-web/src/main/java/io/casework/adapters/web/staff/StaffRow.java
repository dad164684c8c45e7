package io.casework.adapters.web.staff;

import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import java.util.List;

/** A staff member as the pages show one: words and badge names, not enum constants. */
public record StaffRow(String id, String name, String email, String role, String roleBadge, String status,
                       String statusBadge, String availability, String availabilityBadge, String capacity,
                       boolean active, List<OutOfOfficeRow> outOfOffice) {

    static StaffRow of(StaffMember member) {
        return new StaffRow(member.id().value(), member.name(), member.email().value(),
                member.role() == Role.ADMIN ? "Admin" : "Reviewer",
                member.role() == Role.ADMIN ? "admin" : "reviewer",
                member.isActive() ? "Active" : "Deactivated",
                member.isActive() ? "active" : "inactive",
                member.availability() == Availability.AVAILABLE ? "Available" : "Away",
                member.availability() == Availability.AVAILABLE ? "available" : "away",
                member.maxActiveCases() == null ? "No limit" : String.valueOf(member.maxActiveCases()),
                member.isActive(),
                member.outOfOffice().windows().stream().map(OutOfOfficeRow::of).toList());
    }
}
