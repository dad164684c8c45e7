package io.casework.adapters.web.staff;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import java.util.List;
import java.util.Map;

/**
 * {@code /staff/{id}}: one member's details as saved, the form that edits them (showing what was entered when it
 * was refused), and the form that deactivates or reactivates them. Both forms carry the version they were shown.
 */
public final class StaffMemberPage extends PageView {
    /** What the page says above the forms after a post. */
    enum Notice { NONE, SAVED, DEACTIVATED, REACTIVATED, STALE }

    private final StaffRow member;
    private final long version;
    private final String email;
    private final String name;
    private final String role;
    private final String availability;
    private final String maxActiveCases;
    private final FieldErrors errors;
    private final Notice notice;
    private final String refusal;
    private final int status;

    StaffMemberPage(Viewer viewer, StaffRow member, long version, String email, String name, String role,
                    String availability, String maxActiveCases, FieldErrors errors, Notice notice, String refusal,
                    int status) {
        super("staff-member.mustache", member.name(), Section.STAFF, viewer);
        this.member = member;
        this.version = version;
        this.email = email;
        this.name = name;
        this.role = role;
        this.availability = availability;
        this.maxActiveCases = maxActiveCases;
        this.errors = errors;
        this.notice = notice;
        this.refusal = refusal;
        this.status = status;
    }

    public StaffRow member() {
        return member;
    }

    public long version() {
        return version;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public List<Choice> roles() {
        return Choice.roles(role);
    }

    public List<Choice> availabilities() {
        return Choice.availabilities(availability);
    }

    public String maxActiveCases() {
        return maxActiveCases;
    }

    public Map<String, String> errors() {
        return errors.asMap();
    }

    public boolean invalid() {
        return errors.any();
    }

    public boolean saved() {
        return notice == Notice.SAVED;
    }

    public boolean deactivated() {
        return notice == Notice.DEACTIVATED;
    }

    public boolean reactivated() {
        return notice == Notice.REACTIVATED;
    }

    public boolean stale() {
        return notice == Notice.STALE;
    }

    /** Why an action on the signed-in admin's own account was refused; null otherwise. */
    public String refusal() {
        return refusal;
    }

    /** The signed-in admin's own account: they cannot deactivate themselves or give up their own admin role. */
    public boolean self() {
        return viewer().staffMemberId().value().equals(member.id());
    }

    public int status() {
        return status;
    }
}
