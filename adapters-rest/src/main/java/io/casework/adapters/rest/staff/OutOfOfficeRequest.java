package io.casework.adapters.rest.staff;

import io.casework.adapters.rest.dto.Violations;
import io.casework.application.port.in.SetOutOfOfficeCommand;
import io.casework.domain.assignee.OutOfOffice;
import io.casework.domain.assignee.OutOfOfficeWindow;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** PUT of a member's out-of-office windows: the whole list, which replaces the one before. */
public record OutOfOfficeRequest(List<Window> windows) {
    public record Window(String startsAt, String endsAt, String note) {
    }

    public SetOutOfOfficeCommand toCommand(OrganizationId organizationId, StaffMemberId id,
                                           OptionalLong expectedVersion) {
        Violations violations = new Violations();
        if (windows == null) {
            violations.add("windows", "is required");
            violations.throwIfAny();
        }
        List<OutOfOfficeWindow> parsed = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            String path = "windows[" + i + "]";
            Window window = windows.get(i);
            if (window == null) {
                violations.add(path, "must be an object");
                continue;
            }
            Instant startsAt = violations.required(path + ".starts_at", window.startsAt(), OutOfOfficeRequest::time);
            Instant endsAt = violations.required(path + ".ends_at", window.endsAt(), OutOfOfficeRequest::time);
            boolean noteValid = window.note() == null
                    || violations.optional(path + ".note", window.note(), OutOfOfficeWindow::requireNote) != null;
            if (startsAt != null && endsAt != null && noteValid) {
                try {
                    parsed.add(new OutOfOfficeWindow(startsAt, endsAt, window.note()));
                } catch (InvalidValueException e) {
                    violations.add(path + "." + e.field(), e.getMessage());
                }
            }
        }
        // the list's own rules (how many, no overlap) are checked once every window is readable
        OutOfOffice outOfOffice = violations.isEmpty() ? violations.check(() -> OutOfOffice.of(parsed)) : null;
        violations.throwIfAny();
        return new SetOutOfOfficeCommand(organizationId, id, expectedVersion, outOfOffice);
    }

    /** RFC 3339: a date and time with its offset from UTC. */
    private static Instant time(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("time", "must be an RFC 3339 date and time with an offset, such as "
                    + "2026-12-24T00:00:00Z");
        }
    }
}
