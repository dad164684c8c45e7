package io.casework.adapters.web.staff;

import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.StaffMemberQueries;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every staff member of an organization, read page by page through the list query: the team pages name members
 * and offer each active member as a checkbox, so they need the whole roster, not one page of it.
 */
final class Roster {
    private final Map<StaffMemberId, StaffMember> members;

    private Roster(Map<StaffMemberId, StaffMember> members) {
        this.members = members;
    }

    static Roster of(StaffMemberQueries staff, OrganizationId organizationId) {
        Map<StaffMemberId, StaffMember> members = new LinkedHashMap<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<StaffMember> page = staff.list(organizationId,
                    PageRequest.of(PageRequest.MAX_LIMIT, cursor.orElse(null)));
            page.items().forEach(m -> members.put(m.id(), m));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return new Roster(members);
    }

    /** The member's name, or the id for one no longer on the roster. */
    String nameOf(StaffMemberId id) {
        StaffMember member = members.get(id);
        return member == null ? id.value() : member.name();
    }

    Optional<StaffMember> find(StaffMemberId id) {
        return Optional.ofNullable(members.get(id));
    }

    /** By name, as a person looks for someone in a list of checkboxes. */
    List<StaffMember> byName() {
        List<StaffMember> all = new ArrayList<>(members.values());
        all.sort(Comparator.comparing((StaffMember m) -> m.name().toLowerCase(Locale.ROOT))
                .thenComparing(m -> m.id().value()));
        return all;
    }
}
