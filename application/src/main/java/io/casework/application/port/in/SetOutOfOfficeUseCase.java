package io.casework.application.port.in;

import io.casework.domain.assignee.StaffMember;

public interface SetOutOfOfficeUseCase {
    /** @return the member with the new windows */
    StaffMember set(SetOutOfOfficeCommand command);
}
