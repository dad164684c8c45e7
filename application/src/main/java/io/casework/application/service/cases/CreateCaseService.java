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
import java.util.List;

/**
 * Opens cases. Concurrent creations are committed together ({@link GroupCommit}): one transaction, one statement
 * per table and one read of each organization's policies and workflows for the group, so a busy server commits
 * many cases for the cost of one. A creation inside a caller's transaction (one kept with its idempotency key's
 * answer) is written in that transaction, alone.
 */
public final class CreateCaseService implements CreateCaseUseCase {
    /** At most this many cases per transaction: a group is the callers waiting, which is rarely more. */
    static final int MAX_GROUP = 64;

    private final CaseStore store;
    private final CaseCreatedTrigger trigger;
    private final CaseSlas slas;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;
    private final Telemetry telemetry;
    private final GroupCommit<CreateCaseCommand, Case> groups =
            new GroupCommit<>(MAX_GROUP, this::openAll, this::openAlone);

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
        Case created = transactions.inProgress() ? openAlone(command) : groups.write(command);
        telemetry.caseCreated();
        return created;
    }

    private List<Case> openAll(List<CreateCaseCommand> commands) {
        // opened inside: saving takes the cases' events, so a retried transaction must open them afresh
        return transactions.inTransaction(() -> {
            List<Case> opened = commands.stream().map(this::open).toList();
            slas.applyAll(opened);
            store.addAll(opened);
            trigger.casesCreated(opened);
            return opened;
        });
    }

    private Case openAlone(CreateCaseCommand command) {
        return openAll(List.of(command)).get(0);
    }

    private Case open(CreateCaseCommand command) {
        return Case.open(new CaseId(ids.next(CaseId.PREFIX)), command.organizationId(), command.caseType(),
                command.priority(), command.subject(), command.attributes(), command.tags(), command.actor(),
                clock.instant());
    }
}
