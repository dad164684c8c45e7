package io.casework.application.service.cases;

import io.casework.application.port.in.UpdateCaseCommand;
import io.casework.application.port.in.UpdateCaseUseCase;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.Transactions;
import io.casework.application.service.Versions;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.Case;
import java.time.Clock;

public final class UpdateCaseService implements UpdateCaseUseCase {
    private final CaseRepository cases;
    private final CaseStore store;
    private final CaseSlas slas;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateCaseService(CaseRepository cases, CaseTimeline timeline, CaseSlas slas, IdGenerator ids,
                             Transactions transactions, Clock clock) {
        this.slas = slas;
        this.cases = cases;
        this.store = new CaseStore(cases, timeline, ids);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Case update(UpdateCaseCommand command) {
        return transactions.inTransaction(() -> {
            Case aCase = CaseQueryService.find(cases, command.organizationId(), command.caseId());
            Versions.require(command.expectedVersion(), aCase.loadedVersion(), "case", command.caseId().value());
            Priority before = aCase.priority();
            aCase.update(command.change(), command.actor(), clock.instant());
            slas.applyIfPriorityChanged(aCase, before);
            store.save(aCase);
            return aCase;
        });
    }
}
