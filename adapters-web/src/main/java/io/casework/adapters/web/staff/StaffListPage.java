package io.casework.adapters.web.staff;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import java.util.List;
import java.util.Map;

/** {@code /staff}: one page of the organization's staff, and the form that adds one (with its errors, if any). */
public final class StaffListPage extends PageView {
    private final List<StaffRow> rows;
    private final Pager pager;
    private final String addedName;
    private final String email;
    private final String name;
    private final String role;
    private final FieldErrors errors;
    private final int status;

    StaffListPage(Viewer viewer, List<StaffRow> rows, Pager pager, String addedName,
                  String email, String name, String role, FieldErrors errors, int status) {
        super("staff.mustache", "Staff", Section.STAFF, viewer);
        this.rows = rows;
        this.pager = pager;
        this.addedName = addedName;
        this.email = email;
        this.name = name;
        this.role = role;
        this.errors = errors;
        this.status = status;
    }

    public List<StaffRow> rows() {
        return rows;
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    public Pager pager() {
        return pager;
    }

    /** The name of the member just added, for the notice saying so; null otherwise. */
    public String addedName() {
        return addedName;
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

    public Map<String, String> errors() {
        return errors.asMap();
    }

    public boolean invalid() {
        return errors.any();
    }

    public int status() {
        return status;
    }
}
