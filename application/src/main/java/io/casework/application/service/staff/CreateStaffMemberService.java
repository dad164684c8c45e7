package io.casework.application.service.staff;

import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.application.port.in.CreateStaffMemberUseCase;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import java.time.Clock;

public final class CreateStaffMemberService implements CreateStaffMemberUseCase {
    private final StaffMemberRepository staff;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;

    public CreateStaffMemberService(StaffMemberRepository staff, IdGenerator ids, Transactions transactions,
                                    Clock clock) {
        this.staff = staff;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public StaffMember create(CreateStaffMemberCommand command) {
        return transactions.inTransaction(() -> {
            StaffMember member = StaffMember.hire(new StaffMemberId(ids.next(StaffMemberId.PREFIX)),
                    command.organizationId(), command.email(), command.name(), clock.instant());
            member.changeRole(command.role());
            staff.add(member);
            return member;
        });
    }
}
