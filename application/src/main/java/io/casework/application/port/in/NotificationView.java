package io.casework.application.port.in;

import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.CaseId;
import java.time.Instant;

/** One email about a case to one staff member, as the outbox holds it; {@code email} is the address it went to. */
public record NotificationView(String id, CaseId caseId, StaffMemberId staffMemberId, String email, Status status,
                               int attempts, String lastError, Instant createdAt, Instant sentAt) {
    public enum Status {
        PENDING, SENT, FAILED
    }
}
