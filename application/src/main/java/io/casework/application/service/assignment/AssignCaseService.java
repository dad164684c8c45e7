package io.casework.application.service.assignment;

import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignCaseUseCase;
import io.casework.application.port.in.ConflictException;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.Transactions;
import io.casework.application.service.cases.CaseStore;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;

public final class AssignCaseService implements AssignCaseUseCase {
    private final CaseRepository cases;
    private final CaseStore store;
    private final CaseAssigner assigner;
    private final StaffMemberRepository staff;
    private final Transactions transactions;

    public AssignCaseService(CaseRepository cases, CaseTimeline timeline, IdGenerator ids, CaseAssigner assigner,
                             StaffMemberRepository staff, Transactions transactions) {
        this.cases = cases;
        this.store = new CaseStore(cases, timeline, ids);
        this.assigner = assigner;
        this.staff = staff;
        this.transactions = transactions;
    }

    @Override
    public Case assign(AssignCaseCommand command) {
        return transactions.inTransaction(() -> {
            Case aCase = cases.findForUpdate(command.organizationId(), command.caseId())
                    .orElseThrow(() -> new NotFoundException("case", command.caseId().value()));
            try {
                assigner.assign(aCase, command.target(), command.actor(),
                        changedBy(staff, command.organizationId(), command.actor()));
            } catch (DomainException e) {
                if ("case_closed".equals(e.code())) {
                    throw new ConflictException(e.getMessage());
                }
                throw e;
            }
            store.save(aCase);
            return aCase;
        });
    }

    /** Who the emails say made the change: the API key, or the staff member (by name) working in the dashboard. */
    static Notifier.ChangedBy changedBy(StaffMemberRepository staff, OrganizationId organizationId, Actor actor) {
        if (actor.type() == Actor.Type.STAFF_MEMBER) {
            return new Notifier.ChangedBy.Person(staff.find(organizationId, new StaffMemberId(actor.id()))
                    .map(StaffMember::name).orElse(actor.id()));
        }
        return new Notifier.ChangedBy.ApiKey(new ApiKeyId(actor.id()));
    }
}
