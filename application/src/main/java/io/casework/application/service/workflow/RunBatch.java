package io.casework.application.service.workflow;

import io.casework.application.port.in.CaseEventView;
import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.out.AssignCaseUsage;
import io.casework.application.port.out.AssigneeDirectory;
import io.casework.application.port.out.CaseRepository;
import io.casework.application.port.out.CaseTimeline;
import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.application.port.out.WorkflowRunRepository;
import io.casework.application.port.out.WorkflowRunRepository.RecordedStep;
import io.casework.application.port.in.NotificationView;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The state of one batch of runs, decided in memory inside the batch's transaction and written at its end. The
 * batch locks what its runs need once, in the order every transaction takes them (per organization: the cases,
 * then the teams, then the members, all by id; then the Startup quota's counters), so that it cannot deadlock with
 * another batch or with an assignment through the API. Steps then work on copies of the locked cases and on
 * {@link Effects}, ports that answer from the locked state and collect what the step did; a step that refuses is
 * undone by going back to a {@link Mark}; {@link #write} stores all of it with one set-based statement per table.
 */
public final class RunBatch {
    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final AssigneeDirectory directory;
    private final NotificationOutbox outbox;
    private final AssignCaseUsage usage;
    private final WorkflowRunRepository runs;
    private final IdGenerator ids;

    private final Map<CaseId, LockedCase> lockedCases = new HashMap<>();
    private final Map<OrganizationId, List<CaseEventView>> events = new LinkedHashMap<>();
    private final List<RecordedStep> results = new ArrayList<>();
    private final Map<WorkflowRunId, WorkflowRun.Status> outcomes = new LinkedHashMap<>();
    /** What may be undone by a refusal: immutable values in maps copied at each mark. */
    private Map<TeamId, TeamState> teams = new HashMap<>();
    private Map<StaffMemberId, MemberState> members = new HashMap<>();
    private Map<UsageKey, UsageState> counters = new HashMap<>();
    private final List<NotificationOutbox.PendingNotification> notifications = new ArrayList<>();
    private final Effects effects;

    RunBatch(CaseRepository cases, CaseTimeline timeline, AssigneeDirectory directory, NotificationOutbox outbox,
             AssignCaseUsage usage, WorkflowRunRepository runs, IdGenerator ids) {
        this.cases = cases;
        this.timeline = timeline;
        this.directory = directory;
        this.outbox = outbox;
        this.usage = usage;
        this.runs = runs;
        this.ids = ids;
        this.effects = new Effects(new BatchDirectory(), new BatchOutbox(), new BatchUsage());
    }

    /** The ports a step's effects go through while it runs in a batch. */
    public record Effects(AssigneeDirectory directory, NotificationOutbox outbox, AssignCaseUsage usage) {
    }

    Effects effects() {
        return effects;
    }

    /**
     * Locks what the organization's runs of this batch need: their cases, the teams and members their steps name,
     * and the cases' present individual assignees. Call for each organization in id order.
     */
    void lock(OrganizationId organizationId, Collection<CaseId> caseIds, Collection<TeamId> teamIds,
              Collection<StaffMemberId> memberIds) {
        List<StaffMemberId> wanted = new ArrayList<>(memberIds);
        for (Case locked : cases.lockAll(organizationId, caseIds)) {
            lockedCases.put(locked.id(), new LockedCase(locked, locked.loadedVersion(), false));
            individualAssignee(locked).ifPresent(wanted::add);
        }
        if (teamIds.isEmpty() && wanted.isEmpty()) {
            return;
        }
        AssigneeDirectory.Locked locked = directory.lockAll(organizationId, teamIds, wanted);
        locked.members().values().forEach(c -> members.put(c.member().id(),
                new MemberState(organizationId, c.member(), c.activeCases(), c.lastAssignedAt(), false)));
        locked.teams().forEach((id, team) -> teams.put(id, new TeamState(organizationId, team.team(),
                team.lastRotationPick(), false)));
    }

    /**
     * Locks the month's counter of an organization whose plan has a quota; call after every {@link #lock}, in id
     * order. The counters of other organizations are locked only when written, at the end, after these.
     */
    void lockQuota(OrganizationId organizationId, YearMonth period) {
        effects.usage().count(organizationId, period);
    }

    /** A copy of the case as the batch has it so far, for a step to change; refused if it does not exist. */
    Case working(OrganizationId organizationId, CaseId id) {
        LockedCase locked = lockedCases.get(id);
        if (locked == null || !locked.state().organizationId().equals(organizationId)) {
            throw new DomainException("case_not_found", "case " + id + " was not found");
        }
        return copy(locked.state(), locked.state().version());
    }

    /** Keeps what a step did to its working copy: the case's new state, its events, and its members' load. */
    void keep(Case working) {
        LockedCase before = lockedCases.get(working.id());
        List<CaseEventView> recorded = working.pullEvents().stream()
                .map(e -> new CaseEventView(ids.next("evt_"), working.id(), e))
                .toList();
        if (!recorded.isEmpty()) {
            events.computeIfAbsent(working.organizationId(), o -> new ArrayList<>()).addAll(recorded);
        }
        if (!working.hasChanged()) {
            return;
        }
        load(before.state(), -1);
        load(working, +1);
        lockedCases.put(working.id(), new LockedCase(copy(working, working.version()), before.storedVersion(), true));
    }

    /** What a refused step undoes. */
    Mark mark() {
        return new Mark(new HashMap<>(teams), new HashMap<>(members), new HashMap<>(counters), notifications.size());
    }

    void rollback(Mark mark) {
        teams = mark.teams();
        members = mark.members();
        counters = mark.counters();
        notifications.subList(mark.notifications(), notifications.size()).clear();
    }

    void record(WorkflowRunId runId, StepResult result) {
        results.add(new RecordedStep(runId, result));
    }

    WorkflowRun.Status outcome(WorkflowRunId runId) {
        return outcomes.get(runId);
    }

    void finish(WorkflowRunId runId, WorkflowRun.Status status) {
        outcomes.put(runId, status);
    }

    /** Stores everything the batch did, one statement (or one JDBC batch) per kind of row. */
    void write(Instant at) {
        List<CaseRepository.Change> changed = lockedCases.values().stream().filter(LockedCase::changed)
                .sorted(Comparator.comparing(c -> c.state().id().value()))
                .map(c -> new CaseRepository.Change(c.state(), c.storedVersion()))
                .toList();
        if (!changed.isEmpty()) {
            cases.updateAll(changed);
        }
        events.forEach(timeline::append);
        if (!notifications.isEmpty()) {
            outbox.addAll(List.copyOf(notifications));
        }
        writeAssignments();
        // the counters locked already first, then the others in id order: the order every batch locks them in
        counters.entrySet().stream().filter(e -> e.getValue().added() > 0)
                .sorted(Comparator.comparing((Map.Entry<UsageKey, UsageState> e) -> e.getValue().count() == null)
                        .thenComparing(e -> e.getKey().organizationId().value())
                        .thenComparing(e -> e.getKey().period()))
                .forEach(e -> usage.add(e.getKey().organizationId(), e.getKey().period(), e.getValue().added()));
        runs.finishAll(results, outcomes, at);
    }

    /** Per organization: each rotation's last pick and each member's last assignment, in one statement. */
    private void writeAssignments() {
        Map<OrganizationId, Map<TeamId, StaffMemberId>> picks = new TreeMap<>(Comparator.comparing(OrganizationId::value));
        Map<OrganizationId, Map<StaffMemberId, Instant>> assigned = new TreeMap<>(Comparator.comparing(OrganizationId::value));
        teams.entrySet().stream().filter(e -> e.getValue().picked() && e.getValue().lastPick().isPresent())
                .sorted(Comparator.comparing(e -> e.getKey().value()))
                .forEach(e -> picks.computeIfAbsent(e.getValue().organizationId(), o -> new LinkedHashMap<>())
                        .put(e.getKey(), e.getValue().lastPick().get()));
        members.values().stream().filter(MemberState::assigned)
                .sorted(Comparator.comparing(m -> m.member().id().value()))
                .forEach(m -> assigned.computeIfAbsent(m.organizationId(), o -> new LinkedHashMap<>())
                        .put(m.member().id(), m.lastAssignedAt()));
        assigned.forEach((organizationId, lastAssigned) -> directory.recordAssignments(organizationId,
                picks.getOrDefault(organizationId, Map.of()), lastAssigned));
    }

    /** A member's open and pending cases as the database's trigger will count them once the batch is written. */
    private void load(Case aCase, int delta) {
        if (!aCase.isActive()) {
            return;
        }
        individualAssignee(aCase).ifPresent(id -> members.computeIfPresent(id,
                (key, m) -> new MemberState(m.organizationId(), m.member(), m.activeCases() + delta,
                        m.lastAssignedAt(), m.assigned())));
    }

    private static Optional<StaffMemberId> individualAssignee(Case aCase) {
        return aCase.assignee().filter(a -> a.kind() == Assignee.Kind.STAFF_MEMBER).map(a -> new StaffMemberId(a.id()));
    }

    private static Case copy(Case c, long version) {
        return Case.rehydrate(c.id(), c.organizationId(), c.type(), c.priority(), c.subject(), c.attributes(),
                c.tags(), c.status(), c.resolution(), c.resolvedAt().orElse(null), c.assignment().orElse(null),
                c.createdAt(), c.updatedAt(), c.sla().orElse(null), version);
    }

    /** A case locked by the batch: its state so far, the version stored, and whether a step changed it. */
    private record LockedCase(Case state, long storedVersion, boolean changed) {
    }

    private record TeamState(OrganizationId organizationId, Team team, Optional<StaffMemberId> lastPick,
                             boolean picked) {
    }

    private record MemberState(OrganizationId organizationId, StaffMember member, long activeCases,
                               Instant lastAssignedAt, boolean assigned) {
        AssigneeDirectory.Candidate candidate() {
            return new AssigneeDirectory.Candidate(member, activeCases, lastAssignedAt);
        }
    }

    private record UsageKey(OrganizationId organizationId, YearMonth period) {
    }

    /** A month's count as locked plus what the batch added ({@code count} included), or null if not locked. */
    private record UsageState(Long count, long added) {
    }

    record Mark(Map<TeamId, TeamState> teams, Map<StaffMemberId, MemberState> members,
                Map<UsageKey, UsageState> counters, int notifications) {
    }

    /**
     * The directory as the batch has it: locked once, then changed in memory. Anything not locked up front (which
     * the engine avoids) is locked when first asked for.
     */
    private final class BatchDirectory implements AssigneeDirectory {
        @Override
        public List<Candidate> lockStaffMembers(OrganizationId organizationId, Collection<StaffMemberId> wanted) {
            List<StaffMemberId> missing = wanted.stream().filter(id -> !members.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                directory.lockStaffMembers(organizationId, missing).forEach(c -> members.put(c.member().id(),
                        new MemberState(organizationId, c.member(), c.activeCases(), c.lastAssignedAt(), false)));
            }
            return wanted.stream().distinct().sorted(Comparator.comparing(StaffMemberId::value))
                    .map(members::get)
                    .filter(m -> m != null && m.organizationId().equals(organizationId))
                    .map(MemberState::candidate)
                    .toList();
        }

        @Override
        public Optional<LockedTeam> lockTeam(OrganizationId organizationId, TeamId id) {
            if (!teams.containsKey(id)) {
                Optional<LockedTeam> locked = directory.lockTeam(organizationId, id);
                if (locked.isEmpty()) {
                    return Optional.empty();
                }
                locked.get().members().forEach(c -> members.putIfAbsent(c.member().id(),
                        new MemberState(organizationId, c.member(), c.activeCases(), c.lastAssignedAt(), false)));
                teams.put(id, new TeamState(organizationId, locked.get().team(), locked.get().lastRotationPick(),
                        false));
            }
            TeamState team = teams.get(id);
            if (!team.organizationId().equals(organizationId)) {
                return Optional.empty();
            }
            List<Candidate> candidates = team.team().memberIds().stream().map(members::get)
                    .map(MemberState::candidate).toList();
            return Optional.of(new LockedTeam(team.team(), candidates, team.lastPick()));
        }

        @Override
        public Locked readAll(OrganizationId organizationId, Collection<TeamId> teamIds,
                              Collection<StaffMemberId> memberIds) {
            return directory.readAll(organizationId, teamIds, memberIds);
        }

        @Override
        public void recordAssignment(OrganizationId organizationId, StaffMemberId id, Instant at) {
            members.computeIfPresent(id, (key, m) -> new MemberState(m.organizationId(), m.member(), m.activeCases(),
                    at, true));
        }

        @Override
        public void recordRotationPick(OrganizationId organizationId, TeamId id, StaffMemberId picked, Instant at) {
            teams.computeIfPresent(id, (key, t) -> new TeamState(t.organizationId(), t.team(), Optional.of(picked),
                    true));
            recordAssignment(organizationId, picked, at);
        }
    }

    /** Emails queued by the batch's steps, added to the outbox at its end. */
    private final class BatchOutbox implements NotificationOutbox {
        @Override
        public void add(PendingNotification notification) {
            notifications.add(notification);
        }

        @Override
        public List<PendingNotification> claimDue(Instant now, int max) {
            throw new UnsupportedOperationException("a batch only queues emails");
        }

        @Override
        public Optional<Instant> nextDueAt() {
            throw new UnsupportedOperationException("a batch only queues emails");
        }

        @Override
        public void markSent(List<String> ids, Instant at) {
            throw new UnsupportedOperationException("a batch only queues emails");
        }

        @Override
        public void markAttemptFailed(String id, String error, Optional<Instant> retryAt) {
            throw new UnsupportedOperationException("a batch only queues emails");
        }

        @Override
        public List<NotificationView> list(OrganizationId organizationId, Optional<CaseId> caseId,
                                           Optional<NotificationView.Status> status, int limit,
                                           Optional<Position> after) {
            throw new UnsupportedOperationException("a batch only queues emails");
        }
    }

    /**
     * The Assign Case counters, counted in memory. One with a limit to check is locked (and read) when first used;
     * one without is only added to at the end.
     */
    private final class BatchUsage implements AssignCaseUsage {
        @Override
        public long count(OrganizationId organizationId, YearMonth period) {
            return locked(organizationId, period).count();
        }

        @Override
        public boolean tryIncrement(OrganizationId organizationId, YearMonth period, Long limit) {
            UsageKey key = new UsageKey(organizationId, period);
            UsageState counter = limit == null ? counters.getOrDefault(key, new UsageState(null, 0))
                    : locked(organizationId, period);
            if (limit != null && counter.count() >= limit) {
                return false;
            }
            counters.put(key, new UsageState(counter.count() == null ? null : counter.count() + 1,
                    counter.added() + 1));
            return true;
        }

        private UsageState locked(OrganizationId organizationId, YearMonth period) {
            UsageKey key = new UsageKey(organizationId, period);
            UsageState counter = counters.get(key);
            if (counter == null || counter.count() == null) {
                long added = counter == null ? 0 : counter.added();
                counter = new UsageState(usage.lock(organizationId, period) + added, added);
                counters.put(key, counter);
            }
            return counter;
        }
    }
}
