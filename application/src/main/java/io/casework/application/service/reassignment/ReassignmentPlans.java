package io.casework.application.service.reassignment;

import io.casework.application.port.out.IdGenerator;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.Reassignments;
import io.casework.application.port.out.Reassignments.Job;
import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.OutOfOfficeWindow;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffStatus;
import io.casework.domain.cases.CaseReassigned.Reason;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.ReassignmentSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes the reassignment jobs a change of a staff member causes, in the caller's transaction, so that the change
 * and the work it owes commit together. An organization whose setting is {@code none} gets no job.
 */
public final class ReassignmentPlans {
    private final Reassignments reassignments;
    private final OrganizationRepository organizations;
    private final IdGenerator ids;
    private final Clock clock;

    public ReassignmentPlans(Reassignments reassignments, OrganizationRepository organizations, IdGenerator ids,
                             Clock clock) {
        this.reassignments = reassignments;
        this.organizations = organizations;
        this.ids = ids;
        this.clock = clock;
    }

    /** After {@code member} was changed from {@code status} and {@code availability}: deactivated or away now. */
    public void afterUpdate(StaffStatus status, Availability availability, StaffMember member) {
        Reason reason;
        if (status == StaffStatus.ACTIVE && member.status() == StaffStatus.DEACTIVATED) {
            reason = Reason.DEACTIVATED;
        } else if (availability == Availability.AVAILABLE && member.availability() == Availability.AWAY
                && member.status() == StaffStatus.ACTIVE) {
            reason = Reason.AWAY;
        } else {
            return;
        }
        if (settings(member).onUnavailable() != ReassignmentSettings.OnUnavailable.NONE) {
            Instant now = clock.instant();
            reassignments.add(new Job(ids.next(Job.PREFIX), member.organizationId(), member.id(), reason, null,
                    List.of(), now, now));
        }
    }

    /**
     * After {@code member}'s out-of-office windows were replaced: the jobs of windows not yet started are replaced
     * by one per window longer than the setting's threshold, due when it starts. A window already started and not
     * over is due now, unless a job of it already exists.
     */
    public void afterWindows(StaffMember member) {
        Instant now = clock.instant();
        reassignments.cancelPlannedWindows(member.organizationId(), member.id(), now);
        ReassignmentSettings settings = settings(member);
        for (OutOfOfficeWindow window : member.outOfOffice().windows()) {
            if (!settings.movesFor(Duration.between(window.startsAt(), window.endsAt()))
                    || !window.endsAt().isAfter(now)) {
                continue;
            }
            boolean started = !window.startsAt().isAfter(now);
            if (started && reassignments.hasWindowJobSince(member.organizationId(), member.id(), window.startsAt())) {
                continue;
            }
            reassignments.add(new Job(ids.next(Job.PREFIX), member.organizationId(), member.id(), Reason.OUT_OF_OFFICE,
                    window.endsAt(), List.of(), started ? now : window.startsAt(), now));
        }
    }

    private ReassignmentSettings settings(StaffMember member) {
        return organizations.find(member.organizationId()).map(Organization::reassignment)
                .orElse(ReassignmentSettings.DEFAULT);
    }
}
