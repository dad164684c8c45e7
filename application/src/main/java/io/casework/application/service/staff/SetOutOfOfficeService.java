package io.casework.application.service.staff;

import io.casework.application.port.in.SetOutOfOfficeCommand;
import io.casework.application.port.in.SetOutOfOfficeUseCase;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.Transactions;
import io.casework.application.service.Versions;
import io.casework.application.service.reassignment.ReassignmentPlans;
import io.casework.domain.assignee.StaffMember;

public final class SetOutOfOfficeService implements SetOutOfOfficeUseCase {
    private final StaffMemberRepository staff;
    private final Transactions transactions;
    private final ReassignmentPlans reassignments;

    public SetOutOfOfficeService(StaffMemberRepository staff, Transactions transactions,
                                 ReassignmentPlans reassignments) {
        this.staff = staff;
        this.transactions = transactions;
        this.reassignments = reassignments;
    }

    @Override
    public StaffMember set(SetOutOfOfficeCommand command) {
        return transactions.inTransaction(() -> {
            StaffMember member = StaffMemberQueryService.find(staff, command.organizationId(), command.id());
            Versions.require(command.expectedVersion(), member.version(), "staff member", command.id().value());
            member.planOutOfOffice(command.windows());
            staff.update(member);
            reassignments.afterWindows(member);
            return StaffMemberQueryService.find(staff, command.organizationId(), command.id());
        });
    }
}
