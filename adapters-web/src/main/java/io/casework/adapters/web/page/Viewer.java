package io.casework.adapters.web.page;

import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.Actor;
import io.casework.domain.organization.OrganizationId;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The signed-in staff member: whose organization every page shows, who an action is taken by, what the header
 * shows, and the {@code csrfToken} that goes into every form they post.
 */
public record Viewer(OrganizationId organizationId, StaffMemberId staffMemberId, String name, boolean admin,
                     String csrfToken) implements Principal {

    /** The viewer the session filter put on a request of a page that needs signing in. */
    public static Viewer of(SecurityContext security) {
        return (Viewer) security.getUserPrincipal();
    }

    @Override
    public String getName() {
        return name;
    }

    /** How the events of what this person does in the dashboard name them. */
    public Actor actor() {
        return Actor.staffMember(staffMemberId.value());
    }
}
