package io.casework.application.service;

import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.application.port.in.CreateStaffMemberUseCase;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.Page;
import io.casework.application.port.PageRequest;
import io.casework.application.port.in.StaffMemberQueries;
import io.casework.application.port.in.UpdateStaffMemberCommand;
import io.casework.application.port.in.UpdateStaffMemberUseCase;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.Transactions;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.time.Clock;

/** Hiring, changing and reading staff members. */
public final class StaffMemberServices {
    private StaffMemberServices() {
    }

    public static final class CreateStaffMemberService implements CreateStaffMemberUseCase {
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

    public static final class UpdateStaffMemberService implements UpdateStaffMemberUseCase {
        private final StaffMemberRepository staff;
        private final Transactions transactions;

        public UpdateStaffMemberService(StaffMemberRepository staff, Transactions transactions) {
            this.staff = staff;
            this.transactions = transactions;
        }

        @Override
        public StaffMember update(UpdateStaffMemberCommand command) {
            return transactions.inTransaction(() -> {
                StaffMember member = find(staff, command.organizationId(), command.id());
                Versions.require(command.expectedVersion(), member.version(), "staff member", command.id().value());
                command.name().ifPresent(member::rename);
                command.role().ifPresent(member::changeRole);
                command.availability().ifPresent(member::changeAvailability);
                command.status().ifPresent(member::changeStatus);
                command.maxActiveCases().ifPresent(max -> member.limitActiveCases(max.orElse(null)));
                staff.update(member);
                return find(staff, command.organizationId(), command.id());
            });
        }
    }

    public static final class StaffMemberQueryService implements StaffMemberQueries {
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
    }

    static StaffMember find(StaffMemberRepository staff, OrganizationId organizationId, StaffMemberId id) {
        return staff.find(organizationId, id).orElseThrow(() -> new NotFoundException("staff member", id.value()));
    }
}
