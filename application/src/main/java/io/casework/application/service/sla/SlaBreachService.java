package io.casework.application.service.sla;

import io.casework.application.port.in.SlaBreachRunner;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.SlaTimers;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.application.port.out.Transactions;
import io.casework.application.service.cases.CaseStore;
import io.casework.application.service.notification.CaseEmails;
import io.casework.application.service.workflow.WorkflowTriggers;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.SlaDeadline;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Fires missed SLA deadlines: in one transaction, claims a batch of due cases, and for each deadline that passed
 * unmet (checked again on the locked case) records {@code case.sla_breached} on the timeline (and so its webhooks),
 * queues the emails and the runs of the workflows {@code case.sla_breached} starts. The case's stored timer moves on
 * with it. A crash before commit leaves everything to the next claim; nothing fires twice.
 */
public final class SlaBreachService implements SlaBreachRunner {
    /** Who breaches: time, on the SLA's behalf. */
    static final Actor SLA = new Actor(Actor.Type.SYSTEM, "sla");

    private final SlaTimers timers;
    private final CaseRepository cases;
    private final CaseStore store;
    private final SlaBreachNotices notices;
    private final WorkflowTriggers triggers;
    private final Transactions transactions;
    private final Clock clock;
    private final int batchSize;

    public SlaBreachService(SlaTimers timers, CaseRepository cases, CaseTimeline timeline, WorkflowTriggers triggers,
                            Notices notices, IdGenerator ids, Transactions transactions, Clock clock,
                            int batchSize) {
        this.timers = timers;
        this.cases = cases;
        this.store = new CaseStore(cases, timeline, ids);
        this.notices = new SlaBreachNotices(notices.emails(), notices.staff(), notices.teams(),
                notices.organizations());
        this.triggers = triggers;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** What the emails need. */
    public record Notices(CaseEmails emails, StaffMemberRepository staff, TeamRepository teams,
                          OrganizationRepository organizations) {
    }

    @Override
    public int fireDue() {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<Case> due = timers.claimDue(now, batchSize);
            for (Case aCase : due) {
                List<SlaDeadline> missed = aCase.missedSlaDeadlines(now);
                if (missed.isEmpty()) {
                    // the stored timer disagrees with the case (it cannot, written together): write it afresh
                    cases.update(aCase);
                    continue;
                }
                missed.forEach(deadline -> aCase.breachSla(deadline, SLA, now));
                store.save(aCase);
                for (SlaDeadline deadline : missed) {
                    notices.queue(aCase, deadline);
                    triggers.slaBreached(aCase, now);
                }
            }
            return due.size();
        });
    }
}
