package io.casework.adapters.web.staff;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import java.util.List;
import java.util.Map;

/** {@code /teams}: one page of the organization's teams, and the form that creates one. */
public final class TeamListPage extends PageView {
    private final List<TeamRow> rows;
    private final String nextCursor;
    private final boolean firstPage;
    private final String createdName;
    private final String name;
    private final List<Choice> members;
    private final FieldErrors errors;

    TeamListPage(Viewer viewer, List<TeamRow> rows, String nextCursor, boolean firstPage, String createdName,
                 String name, List<Choice> members, FieldErrors errors) {
        super("teams.mustache", "Teams", Section.TEAMS, viewer);
        this.rows = rows;
        this.nextCursor = nextCursor;
        this.firstPage = firstPage;
        this.createdName = createdName;
        this.name = name;
        this.members = members;
        this.errors = errors;
    }

    public List<TeamRow> rows() {
        return rows;
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    public String nextCursor() {
        return nextCursor;
    }

    public boolean firstPage() {
        return firstPage;
    }

    public boolean paged() {
        return nextCursor != null || !firstPage;
    }

    public String createdName() {
        return createdName;
    }

    public String name() {
        return name;
    }

    /** The active staff members, each a checkbox. */
    public List<Choice> members() {
        return members;
    }

    public boolean noStaff() {
        return members.isEmpty();
    }

    public Map<String, String> errors() {
        return errors.asMap();
    }

    public boolean invalid() {
        return errors.any();
    }
}
