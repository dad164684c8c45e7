package io.casework.adapters.web.staff;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import java.util.List;
import java.util.Map;

/** {@code /teams}: one page of the organization's teams, and the form that creates one. */
public final class TeamListPage extends PageView {
    private final List<TeamRow> rows;
    private final Pager pager;
    private final String createdName;
    private final String name;
    private final List<Choice> members;
    private final FieldErrors errors;

    TeamListPage(Viewer viewer, List<TeamRow> rows, Pager pager, String createdName,
                 String name, List<Choice> members, FieldErrors errors) {
        super("teams.mustache", "Teams", Section.TEAMS, viewer);
        this.rows = rows;
        this.pager = pager;
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

    public Pager pager() {
        return pager;
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
