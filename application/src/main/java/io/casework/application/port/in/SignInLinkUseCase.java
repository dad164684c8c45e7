package io.casework.application.port.in;

import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.util.List;

/** One-time links, valid for 15 minutes, that sign an active staff member in. */
public interface SignInLinkUseCase {
    /**
     * Emails a link to each active staff member with this address, at most 5 links per address per 15 minutes.
     * The caller learns nothing, so nobody can tell which addresses belong to staff.
     */
    void request(Email email);

    /** Fresh links for the active staff members with this address, not emailed and not limited: for operators. */
    List<IssuedLink> issue(Email email);

    record IssuedLink(OrganizationId organizationId, StaffMemberId staffMemberId, String url) {
    }
}
