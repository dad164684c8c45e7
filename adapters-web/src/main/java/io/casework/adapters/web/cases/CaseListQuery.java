package io.casework.adapters.web.cases;

import io.casework.application.port.PageRequest;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.shared.PrefixedId;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The filters of a case list as its query string has them ({@code ?status=open&type=kyc&priority=urgent}, plus
 * {@code assignee} on the all-cases list and {@code cursor} for a next page), read leniently: an empty value is
 * no filter, and a bad one is an error to show beside its field rather than an exception.
 */
final class CaseListQuery {
    static final int PAGE_SIZE = 25;
    private static final Set<String> STATUSES = Set.of("open", "pending", "resolved");
    private static final Set<String> PRIORITIES = Set.of("low", "normal", "high", "urgent");

    private final CaseList list;
    private final String status;
    private final String type;
    private final String priority;
    private final String assignee;
    private final String cursor;
    private final Map<String, String> errors = new LinkedHashMap<>();

    CaseListQuery(CaseList list, String status, String type, String priority, String assignee, String cursor) {
        this.list = list;
        this.status = clean(status).toLowerCase(Locale.ROOT);
        this.type = clean(type);
        this.priority = clean(priority).toLowerCase(Locale.ROOT);
        this.assignee = list == CaseList.ALL ? clean(assignee) : "";
        this.cursor = clean(cursor);
        check();
    }

    private static String clean(String raw) {
        return raw == null ? "" : raw.strip();
    }

    private void check() {
        if (!status.isEmpty() && (!STATUSES.contains(status) || list == CaseList.QUEUE && status.equals("resolved"))) {
            errors.put("status", list == CaseList.QUEUE ? "Choose open or pending." : "Choose open, pending or resolved.");
        }
        if (!type.isEmpty()) {
            try {
                new CaseType(type);
            } catch (InvalidValueException e) {
                errors.put("type", "A case type is written in a-z, 0-9 and _, such as account_takeover.");
            }
        }
        if (!priority.isEmpty() && !PRIORITIES.contains(priority)) {
            errors.put("priority", "Choose low, normal, high or urgent.");
        }
        if (!assignee.isEmpty() && !PrefixedId.matches(assignee, StaffMemberId.PREFIX)
                && !PrefixedId.matches(assignee, TeamId.PREFIX)) {
            errors.put("assignee", "Choose a staff member or a team.");
        }
        if (!cursor.isEmpty()) {
            try {
                PageRequest.Position.decode(cursor);
            } catch (InvalidValueException e) {
                errors.put("cursor", "This page link is not one Casework made. Start again from the first page.");
            }
        }
    }

    boolean valid() {
        return errors.isEmpty();
    }

    Map<String, String> errors() {
        return errors;
    }

    CaseList list() {
        return list;
    }

    String status() {
        return status;
    }

    String type() {
        return type;
    }

    String priority() {
        return priority;
    }

    String assignee() {
        return assignee;
    }

    boolean filtered() {
        return !status.isEmpty() || !type.isEmpty() || !priority.isEmpty() || !assignee.isEmpty();
    }

    Optional<CaseStatus> parsedStatus() {
        return status.isEmpty() ? Optional.empty() : Optional.of(CaseStatus.valueOf(status.toUpperCase(Locale.ROOT)));
    }

    Optional<CaseType> parsedType() {
        return type.isEmpty() ? Optional.empty() : Optional.of(new CaseType(type));
    }

    Optional<Priority> parsedPriority() {
        return priority.isEmpty() ? Optional.empty() : Optional.of(Priority.valueOf(priority.toUpperCase(Locale.ROOT)));
    }

    Optional<String> parsedAssignee() {
        return assignee.isEmpty() ? Optional.empty() : Optional.of(assignee);
    }

    PageRequest page() {
        return PageRequest.of(PAGE_SIZE, cursor);
    }

    /** The same list and filters, at the page after {@code nextCursor}. */
    String link(String nextCursor) {
        UriBuilder uri = UriBuilder.fromPath(list.path());
        add(uri, "status", status);
        add(uri, "type", type);
        add(uri, "priority", priority);
        add(uri, "assignee", assignee);
        add(uri, "cursor", nextCursor);
        return uri.build().toString();
    }

    private static void add(UriBuilder uri, String name, String value) {
        if (value != null && !value.isEmpty()) {
            uri.queryParam(name, value);
        }
    }

    /** The three lists: whose cases each shows is the resource's part; here only its path and words. */
    enum CaseList {
        MINE("/cases/mine", "My cases"),
        QUEUE("/cases/queue", "Team queue"),
        ALL("/cases", "All cases");

        private final String path;
        private final String title;

        CaseList(String path, String title) {
            this.path = path;
            this.title = title;
        }

        String path() {
            return path;
        }

        String title() {
            return title;
        }
    }
}
