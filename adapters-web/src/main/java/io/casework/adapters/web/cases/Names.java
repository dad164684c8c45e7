package io.casework.adapters.web.cases;

import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.organization.OrganizationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The staff members and teams of one organization, as the case pages name them: a list shows an assignee's name,
 * not an id, and the Assign form offers the active members and the teams. An id that is not (or no longer) in the
 * organization is shown as it is.
 */
final class Names {
    private final Map<String, StaffMember> staff = new LinkedHashMap<>();
    private final Map<String, Team> teams = new LinkedHashMap<>();

    Names(List<StaffMember> staff, List<Team> teams) {
        staff.forEach(member -> this.staff.put(member.id().value(), member));
        teams.forEach(team -> this.teams.put(team.id().value(), team));
    }

    /** Everyone and every team of the organization, read page by page. */
    static Names of(OrganizationId organizationId, BiFunction<OrganizationId, PageRequest, Page<StaffMember>> staff,
                    BiFunction<OrganizationId, PageRequest, Page<Team>> teams) {
        return new Names(all(request -> staff.apply(organizationId, request), Integer.MAX_VALUE),
                all(request -> teams.apply(organizationId, request), Integer.MAX_VALUE));
    }

    /** Every item of a paged list, page by page, up to about {@code max}. */
    static <T> List<T> all(Function<PageRequest, Page<T>> list, int max) {
        List<T> items = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (items.size() < max) {
            Page<T> page = list.apply(request);
            items.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = PageRequest.of(PageRequest.MAX_LIMIT, page.nextCursor().get());
        }
        return items;
    }

    String staffMember(String id) {
        return Optional.ofNullable(staff.get(id)).map(StaffMember::name).orElse(id);
    }

    String team(String id) {
        return Optional.ofNullable(teams.get(id)).map(Team::name).orElse(id);
    }

    String assignee(Assignee assignee) {
        return assignee.kind() == Assignee.Kind.TEAM ? team(assignee.id()) : staffMember(assignee.id());
    }

    /** The teams {@code member} belongs to. */
    List<Team> teamsOf(StaffMemberId member) {
        return teams.values().stream().filter(team -> team.hasMember(member)).toList();
    }

    /** Active members, by name: who a case may be given to. */
    List<StaffMember> activeStaff() {
        return staff.values().stream().filter(StaffMember::isActive)
                .sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Every member, active or not, by name: whose cases an admin may list. */
    List<StaffMember> allStaff() {
        return staff.values().stream()
                .sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    List<Team> teams() {
        return teams.values().stream().sorted(Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
