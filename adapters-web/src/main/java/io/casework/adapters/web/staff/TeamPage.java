package io.casework.adapters.web.staff;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Section;
import io.casework.adapters.web.page.Viewer;
import java.util.List;
import java.util.Map;

/** {@code /teams/{id}}: a team as saved, and the form that renames it and changes its members. */
public final class TeamPage extends PageView {
    private final TeamRow team;
    private final long version;
    private final String name;
    private final List<Choice> members;
    private final FieldErrors errors;
    private final boolean saved;
    private final boolean stale;

    TeamPage(Viewer viewer, TeamRow team, long version, String name, List<Choice> members, FieldErrors errors,
             boolean saved, boolean stale) {
        super("team.mustache", team.name(), Section.TEAMS, viewer);
        this.team = team;
        this.version = version;
        this.name = name;
        this.members = members;
        this.errors = errors;
        this.saved = saved;
        this.stale = stale;
    }

    public TeamRow team() {
        return team;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    /** Active staff members and the team's current members, each a checkbox. */
    public List<Choice> members() {
        return members;
    }

    public Map<String, String> errors() {
        return errors.asMap();
    }

    public boolean invalid() {
        return errors.any();
    }

    public boolean saved() {
        return saved;
    }

    public boolean stale() {
        return stale;
    }
}
