package io.casework.application.service.workflow;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.NotificationView;
import io.casework.application.port.out.AssignCaseUsage;
import io.casework.application.port.out.AssigneeDirectory;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.Case;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ports a dry run's steps act through: the directory as read (without locks) before the first step, changed in
 * memory by the steps (rotation picks, last assignments and loads), so that a second assignment sees the first as a
 * real run would; emails dropped; the Assign Case quota checked against the stored count plus the run's own, never
 * counted. Nothing reaches the database.
 */
final class DryRunEffects {
    private final AssignCaseUsage storedUsage;
    private Map<TeamId, AssigneeDirectory.LockedTeam> teams;
    private Map<StaffMemberId, AssigneeDirectory.Candidate> members;
    private long counted;

    DryRunEffects(AssigneeDirectory.Locked read, AssignCaseUsage storedUsage) {
        this.teams = new LinkedHashMap<>(read.teams());
        this.members = new LinkedHashMap<>(read.members());
        this.storedUsage = storedUsage;
    }

    RunBatch.Effects ports() {
        return new RunBatch.Effects(new ReadDirectory(), new DroppedOutbox(), new CheckedUsage());
    }

    /**
     * A step changed the case from {@code before} to {@code after}: the members' loads move with it, as the database
     * counts them once a run is written, so a later step sees them as a run's would.
     */
    void kept(Case before, Case after) {
        load(before, -1);
        load(after, +1);
    }

    private void load(Case aCase, int delta) {
        if (!aCase.isActive()) {
            return;
        }
        aCase.assignee().filter(a -> a.kind() == Assignee.Kind.STAFF_MEMBER)
                .ifPresent(a -> members.computeIfPresent(new StaffMemberId(a.id()), (id, c) ->
                        new AssigneeDirectory.Candidate(c.member(), c.activeCases() + delta, c.lastAssignedAt())));
    }

    /** The state before a step, to go back to if it fails, as a real run undoes a failed step. */
    Mark mark() {
        return new Mark(new LinkedHashMap<>(teams), new LinkedHashMap<>(members), counted);
    }

    void restore(Mark mark) {
        teams = new LinkedHashMap<>(mark.teams());
        members = new LinkedHashMap<>(mark.members());
        counted = mark.counted();
    }

    record Mark(Map<TeamId, AssigneeDirectory.LockedTeam> teams,
                Map<StaffMemberId, AssigneeDirectory.Candidate> members, long counted) {
    }

    private final class ReadDirectory implements AssigneeDirectory {
        @Override
        public List<Candidate> lockStaffMembers(OrganizationId organizationId, Collection<StaffMemberId> ids) {
            return ids.stream().distinct().sorted(Comparator.comparing(StaffMemberId::value))
                    .map(members::get).filter(c -> c != null && c.member().organizationId().equals(organizationId))
                    .toList();
        }

        @Override
        public Optional<LockedTeam> lockTeam(OrganizationId organizationId, TeamId id) {
            return Optional.ofNullable(teams.get(id)).filter(t -> t.team().organizationId().equals(organizationId))
                    .map(t -> new LockedTeam(t.team(), t.members().stream()
                            .map(c -> members.getOrDefault(c.member().id(), c)).toList(),
                            t.lastRotationPick()));
        }

        @Override
        public Locked readAll(OrganizationId organizationId, Collection<TeamId> teamIds,
                              Collection<StaffMemberId> memberIds) {
            throw new UnsupportedOperationException("a dry run reads once, before its first step");
        }

        @Override
        public void recordAssignment(OrganizationId organizationId, StaffMemberId id, Instant at) {
            members.computeIfPresent(id, (key, c) -> new Candidate(c.member(), c.activeCases(), at));
        }

        @Override
        public void recordRotationPick(OrganizationId organizationId, TeamId id, StaffMemberId picked, Instant at) {
            teams.computeIfPresent(id, (key, t) -> new LockedTeam(t.team(), t.members(), Optional.of(picked)));
            recordAssignment(organizationId, picked, at);
        }
    }

    private static final class DroppedOutbox implements NotificationOutbox {
        @Override
        public void add(PendingNotification notification) {
            // a dry run sends no email
        }

        @Override
        public List<PendingNotification> claimDue(Instant now, int max) {
            throw new UnsupportedOperationException("a dry run only drops emails");
        }

        @Override
        public Optional<Instant> nextDueAt() {
            throw new UnsupportedOperationException("a dry run only drops emails");
        }

        @Override
        public void markSent(List<String> ids, Instant at) {
            throw new UnsupportedOperationException("a dry run only drops emails");
        }

        @Override
        public void markAttemptFailed(String id, String error, Optional<Instant> retryAt) {
            throw new UnsupportedOperationException("a dry run only drops emails");
        }

        @Override
        public List<NotificationView> list(OrganizationId organizationId, Optional<CaseId> caseId,
                                           Optional<NotificationView.Status> status, int limit,
                                           Optional<Position> after) {
            throw new UnsupportedOperationException("a dry run only drops emails");
        }
    }

    private final class CheckedUsage implements AssignCaseUsage {
        private final Map<YearMonth, Long> stored = new HashMap<>();

        @Override
        public long count(OrganizationId organizationId, YearMonth period) {
            return stored.computeIfAbsent(period, p -> storedUsage.count(organizationId, p)) + counted;
        }

        @Override
        public boolean tryIncrement(OrganizationId organizationId, YearMonth period, Long limit) {
            if (limit != null && count(organizationId, period) >= limit) {
                return false;
            }
            counted++;
            return true;
        }
    }
}
