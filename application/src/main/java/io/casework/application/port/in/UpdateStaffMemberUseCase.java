package io.casework.application.port.in;

import io.casework.domain.assignee.StaffMember;

public interface UpdateStaffMemberUseCase {
    StaffMember update(UpdateStaffMemberCommand command);
}
