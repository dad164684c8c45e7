package io.casework.application.service.cases;

import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.CreateCaseUseCase;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.Telemetry;
import io.casework.application.port.out.Transactions;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import java.time.Clock;

public final class CreateCaseService implements CreateCaseUseCase {
    private final CaseStore store;
    private final CaseCreatedTrigger trigger;
    private final CaseSlas slas;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;
    private final Telemetry telemetry;

    public CreateCaseService(CaseRepository cases, CaseTimeline timeline, CaseCreatedTrigger trigger, CaseSlas slas,
                             IdGenerator ids, Transactions transactions, Clock clock, Telemetry telemetry) {
        this.store = new CaseStore(cases, timeline, ids);
        this.trigger = trigger;
        this.slas = slas;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
        this.telemetry = telemetry;
    }

    @Override
    public Case create(CreateCaseCommand command) {
        // opened inside: saving takes the case's events, so a retried transaction must open it afresh
        Case created = transactions.inTransaction(() -> {
            Case aCase = Case.open(new CaseId(ids.next(CaseId.PREFIX)), command.organizationId(),
                    command.caseType(), command.priority(), command.subject(), command.attributes(),
                    command.tags(), command.actor(), clock.instant());
            slas.apply(aCase);
            store.save(aCase);
            trigger.caseCreated(aCase);
            return aCase;
        });
        telemetry.caseCreated();
        return created;
    }
}
