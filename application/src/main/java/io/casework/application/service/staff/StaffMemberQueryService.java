package io.casework.application.service.staff;

import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.StaffMemberQueries;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;

public final class StaffMemberQueryService implements StaffMemberQueries {
    private final StaffMemberRepository staff;

    public StaffMemberQueryService(StaffMemberRepository staff) {
        this.staff = staff;
    }

    @Override
    public StaffMember get(OrganizationId organizationId, StaffMemberId id) {
        return find(staff, organizationId, id);
    }

    @Override
    public Page<StaffMember> list(OrganizationId organizationId, PageRequest page) {
        return Page.fromOverfetch(staff.list(organizationId, page.limit() + 1, page.after()), page.limit(),
                m -> new PageRequest.Position(m.createdAt(), m.id().value()));
    }

    static StaffMember find(StaffMemberRepository staff, OrganizationId organizationId, StaffMemberId id) {
        return staff.find(organizationId, id).orElseThrow(() -> new NotFoundException("staff member", id.value()));
    }
}
