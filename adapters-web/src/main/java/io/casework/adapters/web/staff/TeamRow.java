package io.casework.adapters.web.staff;

import io.casework.domain.assignee.Team;
import java.util.List;

/** A team as the pages show one: its members by name, in rotation order. */
public record TeamRow(String id, String name, List<String> members) {
    static TeamRow of(Team team, Roster roster) {
        return new TeamRow(team.id().value(), team.name(), team.memberIds().stream().map(roster::nameOf).toList());
    }

    public boolean hasMembers() {
        return !members.isEmpty();
    }

    public String memberNames() {
        return String.join(", ", members);
    }

    public String memberCount() {
        return members.size() == 1 ? "1 member" : members.size() + " members";
    }
}
