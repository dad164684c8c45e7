package io.casework.application.service.reassignment;

import io.casework.application.port.in.CaseFilter;
import io.casework.application.port.in.Reassigner;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.NotificationOutbox.PendingNotification;
import io.casework.application.port.out.Notifier;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Reassignments;
import io.casework.application.port.out.Reassignments.Job;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.Transactions;
import io.casework.application.service.cases.CaseStore;
import io.casework.application.service.notification.CaseEmails;
import io.casework.application.service.notification.OutboxWait;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.ReassignmentSettings;
import io.casework.domain.organization.ReassignmentSettings.OnUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works through due reassignment jobs, one batch of cases per transaction. A batch claims its job, re-reads the
 * member (came back: nothing more moves) and the organization's setting (now {@code none}: nothing more moves),
 * locks up to {@code batchSize} of the member's open cases, moves each, and appends them to the job, all in one
 * transaction. A moved case is no longer the member's, so the next batch, in this process or another after a crash,
 * never selects it again. The batch that finds fewer cases than it could take closes the job and queues the one
 * digest email listing every moved case.
 */
public final class ReassignmentWorker implements Reassigner {
    private final Reassignments reassignments;
    private final OrganizationRepository organizations;
    private final StaffMemberRepository staff;
    private final CaseRepository cases;
    private final CaseStore store;
    private final CaseMoves moves;
    private final NotificationOutbox outbox;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;
    private final CaseEmails emails;
    private final int batchSize;

    public ReassignmentWorker(Reassignments reassignments, OrganizationRepository organizations,
                              StaffMemberRepository staff, CaseRepository cases, CaseStore store, CaseMoves moves,
                              NotificationOutbox outbox, IdGenerator ids, Transactions transactions, Clock clock,
                              CaseEmails emails, int batchSize) {
        this.reassignments = reassignments;
        this.organizations = organizations;
        this.staff = staff;
        this.cases = cases;
        this.store = store;
        this.moves = moves;
        this.outbox = outbox;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
        this.emails = emails;
        this.batchSize = batchSize;
    }

    @Override
    public boolean moveNextBatch() {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Job> claimed = reassignments.claimDue(now);
            claimed.ifPresent(job -> work(job, now));
            return claimed.isPresent();
        });
    }

    @Override
    public Duration idleFor(Duration atMost) {
        return OutboxWait.idleFor(reassignments.nextDueAt(), clock.instant(), atMost);
    }

    private void work(Job job, Instant now) {
        Optional<StaffMember> member = staff.find(job.organizationId(), job.staffMemberId());
        Optional<Organization> organization = organizations.find(job.organizationId());
        OnUnavailable setting = organization.map(Organization::reassignment)
                .orElse(ReassignmentSettings.DEFAULT).onUnavailable();
        if (member.isEmpty() || member.get().isReachable(now) || setting == OnUnavailable.NONE) {
            // back (or the setting turned off) before the job was through: nothing more moves
            close(job, job.moved(), member, organization, false, now);
            return;
        }
        List<CaseId> batch = cases.list(job.organizationId(), openCasesOf(member.get()), batchSize, Optional.empty())
                .stream().map(Case::id).toList();
        Actor actor = new Actor(Actor.Type.SYSTEM, job.id());
        Assignee held = Assignee.staffMember(member.get().id());
        List<CaseId> moved = new ArrayList<>();
        for (Case aCase : cases.lockAll(job.organizationId(), batch)) {
            // read before the lock: a case changed meanwhile may have left the member already
            if (aCase.isActive() && aCase.assignee().filter(held::equals).isPresent()) {
                moves.move(aCase, member.get(), setting, job.reason(), actor);
                store.save(aCase);
                moved.add(aCase.id());
            }
        }
        reassignments.recordMoved(job.id(), moved);
        if (batch.size() < batchSize) {
            List<CaseId> all = new ArrayList<>(job.moved());
            all.addAll(moved);
            close(job, all, member, organization, true, now);
        }
    }

    private static CaseFilter openCasesOf(StaffMember member) {
        return new CaseFilter(Optional.empty(), Optional.empty(), Optional.of(member.id().value()), Optional.empty(),
                Optional.empty(), Optional.empty(), true);
    }

    /**
     * Ends the job, {@code done} or cancelled part way; either way the member is told once of every case it moved,
     * if it moved any.
     */
    private void close(Job job, List<CaseId> moved, Optional<StaffMember> member,
                       Optional<Organization> organization, boolean done, Instant now) {
        reassignments.finish(job.id(), done, now);
        if (moved.isEmpty() || member.isEmpty()) {
            return;
        }
        List<Notifier.MovedCase> listed = moved.stream()
                .flatMap(id -> cases.find(job.organizationId(), id).stream())
                .map(aCase -> new Notifier.MovedCase(CaseEmails.summary(aCase), emails.link(aCase)))
                .toList();
        String id = ids.next("ntf_");
        String organizationName = organization.map(Organization::name).orElse(null);
        StaffMember recipient = member.get();
        Notifier.Email email = Notifier.Email.reassigned(id + "@casework",
                new Notifier.Recipient(recipient.email().value(), recipient.name()),
                new Notifier.Digest(job.reason(), listed), organizationName);
        outbox.add(new PendingNotification(id, job.organizationId(), null, recipient.id(), email, 0, now));
    }
}
