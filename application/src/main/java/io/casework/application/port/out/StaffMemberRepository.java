package io.casework.application.port.out;

import io.casework.application.port.PageRequest.Position;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface StaffMemberRepository {
    /** @throws io.casework.application.port.in.ConflictException when the email is taken in the organization */
    void add(StaffMember member);

    Optional<StaffMember> find(OrganizationId organizationId, StaffMemberId id);

    /** The members, of any organization, with this address in any letter case. */
    List<StaffMember> withEmail(Email email);

    /** The ids among {@code ids} that exist in the organization. */
    List<StaffMemberId> existing(OrganizationId organizationId, Collection<StaffMemberId> ids);

    /**
     * Stores a change made to the member as loaded at {@code member.version()}, bumping the version.
     *
     * @throws io.casework.application.port.in.StaleVersionException when someone else changed it since
     * @throws io.casework.application.port.in.ConflictException when the email is taken in the organization
     */
    void update(StaffMember member);

    /** Newest first, at most {@code limit} members created before {@code after}. */
    List<StaffMember> list(OrganizationId organizationId, int limit, Optional<Position> after);
}
