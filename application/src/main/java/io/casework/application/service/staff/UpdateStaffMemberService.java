package io.casework.application.service.staff;

import io.casework.application.port.in.UpdateStaffMemberCommand;
import io.casework.application.port.in.UpdateStaffMemberUseCase;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.Transactions;
import io.casework.application.service.Versions;
import io.casework.application.service.reassignment.ReassignmentPlans;
import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffStatus;

public final class UpdateStaffMemberService implements UpdateStaffMemberUseCase {
    private final StaffMemberRepository staff;
    private final Transactions transactions;
    private final ReassignmentPlans reassignments;

    public UpdateStaffMemberService(StaffMemberRepository staff, Transactions transactions,
                                    ReassignmentPlans reassignments) {
        this.staff = staff;
        this.transactions = transactions;
        this.reassignments = reassignments;
    }

    @Override
    public StaffMember update(UpdateStaffMemberCommand command) {
        return transactions.inTransaction(() -> {
            StaffMember member = StaffMemberQueryService.find(staff, command.organizationId(), command.id());
            Versions.require(command.expectedVersion(), member.version(), "staff member", command.id().value());
            StaffStatus status = member.status();
            Availability availability = member.availability();
            command.email().ifPresent(member::changeEmail);
            command.name().ifPresent(member::rename);
            command.role().ifPresent(member::changeRole);
            command.availability().ifPresent(member::changeAvailability);
            command.status().ifPresent(member::changeStatus);
            command.maxActiveCases().ifPresent(max -> member.limitActiveCases(max.orElse(null)));
            staff.update(member);
            reassignments.afterUpdate(status, availability, member);
            return StaffMemberQueryService.find(staff, command.organizationId(), command.id());
        });
    }
}
