package io.casework.application.service.assignment;

import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.in.UnassignCaseUseCase;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.Transactions;
import io.casework.application.service.cases.CaseStore;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;

public final class UnassignCaseService implements UnassignCaseUseCase {
    private final CaseRepository cases;
    private final CaseStore store;
    private final CaseAssigner assigner;
    private final Transactions transactions;
    private final ChangeAuthors authors;

    public UnassignCaseService(CaseRepository cases, CaseTimeline timeline, IdGenerator ids,
                               CaseAssigner assigner, StaffMemberRepository staff, ApiKeyRepository apiKeys,
                               Transactions transactions) {
        this.cases = cases;
        this.store = new CaseStore(cases, timeline, ids);
        this.assigner = assigner;
        this.transactions = transactions;
        this.authors = new ChangeAuthors(staff, apiKeys);
    }

    @Override
    public Case unassign(OrganizationId organizationId, Actor actor, CaseId caseId) {
        return transactions.inTransaction(() -> {
            Case aCase = cases.findForUpdate(organizationId, caseId)
                    .orElseThrow(() -> new NotFoundException("case", caseId.value()));
            assigner.unassign(aCase, actor, authors.of(organizationId, actor));
            store.save(aCase);
            return aCase;
        });
    }
}
