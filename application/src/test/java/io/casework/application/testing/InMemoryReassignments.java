package io.casework.application.testing;

import io.casework.application.port.out.Reassignments;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Jobs in a map; transactions here run one at a time, so a claim is the job itself until its transaction ends. */
public final class InMemoryReassignments implements Reassignments, InMemoryTransactions.Participant {
    /** A job and whether it is still pending ({@code null}) or finished done or cancelled. */
    private record Row(Job job, Boolean done) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized void add(Job job) {
        rows.put(job.id(), new Row(job, null));
    }

    @Override
    public synchronized void cancelPlannedWindows(OrganizationId organizationId, StaffMemberId staffMemberId,
                                                  Instant now) {
        rows.replaceAll((id, row) -> row.done() == null && row.job().organizationId().equals(organizationId)
                && row.job().staffMemberId().equals(staffMemberId)
                && row.job().reason() == CaseReassigned.Reason.OUT_OF_OFFICE && row.job().dueAt().isAfter(now)
                ? new Row(row.job(), false) : row);
    }

    @Override
    public synchronized boolean hasWindowJobSince(OrganizationId organizationId, StaffMemberId staffMemberId,
                                                  Instant since) {
        return rows.values().stream().anyMatch(row -> !Boolean.FALSE.equals(row.done())
                && row.job().organizationId().equals(organizationId) && row.job().staffMemberId().equals(staffMemberId)
                && row.job().reason() == CaseReassigned.Reason.OUT_OF_OFFICE && !row.job().dueAt().isBefore(since));
    }

    @Override
    public synchronized Optional<Job> claimDue(Instant now) {
        return rows.values().stream().filter(row -> row.done() == null && !row.job().dueAt().isAfter(now))
                .map(Row::job).min(Comparator.comparing(Job::dueAt).thenComparing(Job::id));
    }

    @Override
    public synchronized void recordMoved(String id, List<CaseId> moved) {
        Row row = rows.get(id);
        List<CaseId> all = new ArrayList<>(row.job().moved());
        all.addAll(moved);
        Job job = row.job();
        rows.put(id, new Row(new Job(job.id(), job.organizationId(), job.staffMemberId(), job.reason(),
                job.windowEndsAt(), all, job.dueAt(), job.createdAt()), row.done()));
    }

    @Override
    public synchronized void finish(String id, boolean done, Instant at) {
        rows.computeIfPresent(id, (key, row) -> row.done() == null ? new Row(row.job(), done) : row);
    }

    @Override
    public synchronized Optional<Instant> nextDueAt() {
        return rows.values().stream().filter(row -> row.done() == null).map(row -> row.job().dueAt())
                .min(Comparator.naturalOrder());
    }

    @Override
    public synchronized Runnable snapshot() {
        return InMemoryTransactions.Participant.restoring(this, rows);
    }
}
