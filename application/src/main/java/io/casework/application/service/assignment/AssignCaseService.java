package io.casework.application.service.assignment;

import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignCaseUseCase;
import io.casework.application.port.in.ConflictException;
import io.casework.application.port.in.NotFoundException;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.Telemetry;
import io.casework.application.port.out.Transactions;
import io.casework.application.service.cases.CaseStore;
import io.casework.domain.cases.Case;
import io.casework.domain.shared.DomainException;

public final class AssignCaseService implements AssignCaseUseCase {
    private final CaseRepository cases;
    private final CaseStore store;
    private final CaseAssigner assigner;
    private final Transactions transactions;
    private final ChangeAuthors authors;
    private final Telemetry telemetry;

    public AssignCaseService(CaseRepository cases, CaseTimeline timeline, IdGenerator ids, CaseAssigner assigner,
                             StaffMemberRepository staff, ApiKeyRepository apiKeys,
                             Transactions transactions, Telemetry telemetry) {
        this.cases = cases;
        this.store = new CaseStore(cases, timeline, ids);
        this.assigner = assigner;
        this.transactions = transactions;
        this.authors = new ChangeAuthors(staff, apiKeys);
        this.telemetry = telemetry;
    }

    @Override
    public Case assign(AssignCaseCommand command) {
        String strategy = CaseAssigner.strategyName(command.target());
        try {
            Case assigned = assignInTransaction(command);
            telemetry.assignment(strategy, "assigned");
            return assigned;
        } catch (DomainException refused) {
            telemetry.assignment(strategy, refused.code());
            throw refused;
        }
    }

    private Case assignInTransaction(AssignCaseCommand command) {
        return transactions.inTransaction(() -> {
            Case aCase = cases.findForUpdate(command.organizationId(), command.caseId())
                    .orElseThrow(() -> new NotFoundException("case", command.caseId().value()));
            try {
                assigner.assign(aCase, command.target(), command.actor(),
                        authors.of(command.organizationId(), command.actor()));
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
}
