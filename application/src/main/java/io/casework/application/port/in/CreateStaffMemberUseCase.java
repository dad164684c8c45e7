package io.casework.application.port.in;

import io.casework.domain.assignee.StaffMember;

public interface CreateStaffMemberUseCase {
    StaffMember create(CreateStaffMemberCommand command);
}
