package io.casework.adapters.web.workflows;

import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.StaffMemberQueries;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.organization.OrganizationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Whom an Assign Case step can name: the organization's active staff members and its teams, by name, for the
 * editor's choices; and the name of any staff member or team by id, for what the pages show.
 */
final class Assignees {
    private final List<Choice> staff;
    private final List<Choice> teams;
    private final Map<String, String> names = new LinkedHashMap<>();

    private Assignees(List<Choice> staff, List<Choice> teams) {
        this.staff = staff;
        this.teams = teams;
    }

    /** {@code staffPages} and {@code teamPages} list them a page at a time ({@link StaffMemberQueries#list}, ...). */
    static Assignees of(OrganizationId organization,
                        BiFunction<OrganizationId, PageRequest, Page<StaffMember>> staffPages,
                        BiFunction<OrganizationId, PageRequest, Page<Team>> teamPages) {
        List<StaffMember> members = all(organization, staffPages);
        List<Team> teams = all(organization, teamPages);
        Assignees assignees = new Assignees(
                members.stream().filter(StaffMember::isActive).map(m -> new Choice(m.id().value(), m.name()))
                        .sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER)).toList(),
                teams.stream().map(t -> new Choice(t.id().value(), t.name()))
                        .sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER)).toList());
        members.forEach(m -> assignees.names.put(m.id().value(), m.name()));
        teams.forEach(t -> assignees.names.put(t.id().value(), t.name()));
        return assignees;
    }

    private static <T> List<T> all(OrganizationId organization,
                                   BiFunction<OrganizationId, PageRequest, Page<T>> list) {
        List<T> items = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<T> page = list.apply(organization, PageRequest.of(PageRequest.MAX_LIMIT, cursor.orElse(null)));
            items.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return items;
    }

    List<Choice> staff() {
        return staff;
    }

    List<Choice> teams() {
        return teams;
    }

    /** The name of a staff member or team, or the id itself when it names neither. */
    String name(String id) {
        return names.getOrDefault(id, id);
    }

    boolean known(String id) {
        return names.containsKey(id);
    }

    record Choice(String id, String name) {
    }
}
