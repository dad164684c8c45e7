package io.casework.application.port.out;

import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Jobs that move the open cases of members who became unavailable, written in the transaction of the change that
 * made them so and worked through by workers in any number of processes, one batch of cases per transaction.
 */
public interface Reassignments {
    void add(Job job);

    /**
     * Cancels the member's pending out-of-office jobs not yet due at {@code now}: their windows were replaced. A job
     * already due belongs to a window that has started; it goes on.
     */
    void cancelPlannedWindows(OrganizationId organizationId, StaffMemberId staffMemberId, Instant now);

    /** Whether the member has an out-of-office job, pending or done, due at or after {@code since}. */
    boolean hasWindowJobSince(OrganizationId organizationId, StaffMemberId staffMemberId, Instant since);

    /**
     * Claims the oldest pending job due at {@code now} that no other worker holds; the claim holds until the calling
     * transaction ends, and a worker that dies lets go of it with its connection.
     */
    Optional<Job> claimDue(Instant now);

    /** Appends cases moved by the job, in the transaction that moved them. */
    void recordMoved(String id, List<CaseId> moved);

    /** Ends the job: {@code done} once its cases are moved, else cancelled (the member came back first). */
    void finish(String id, boolean done, Instant at);

    /** When the next pending job falls due; empty if none is pending. */
    Optional<Instant> nextDueAt();

    /**
     * @param windowEndsAt for {@link CaseReassigned.Reason#OUT_OF_OFFICE}, when the window ends; null otherwise
     * @param moved        the cases moved so far
     */
    record Job(String id, OrganizationId organizationId, StaffMemberId staffMemberId, CaseReassigned.Reason reason,
               Instant windowEndsAt, List<CaseId> moved, Instant dueAt, Instant createdAt) {
        public static final String PREFIX = "rsg_";

        public Job {
            Objects.requireNonNull(id);
            Objects.requireNonNull(organizationId);
            Objects.requireNonNull(staffMemberId);
            Objects.requireNonNull(reason);
            moved = List.copyOf(moved);
            Objects.requireNonNull(dueAt);
            Objects.requireNonNull(createdAt);
        }
    }
}
