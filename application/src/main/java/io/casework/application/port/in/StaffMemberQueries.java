package io.casework.application.port.in;

import io.casework.application.port.PageRequest;
import io.casework.application.port.Page;

import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;

public interface StaffMemberQueries {
    StaffMember get(OrganizationId organizationId, StaffMemberId id);

    Page<StaffMember> list(OrganizationId organizationId, PageRequest page);
}
