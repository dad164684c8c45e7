package io.casework.adapters.rest.notification;

import io.casework.adapters.rest.dto.WireNames;
import io.casework.application.port.in.NotificationView;
import java.time.Instant;

/** One email about a case to one staff member; {@code channel} is always {@code email} for now. */
public record NotificationResponse(String id, String channel, String caseId, Recipient recipient, String status,
                                   int attempts, String lastError, Instant createdAt, Instant sentAt) {
    private static final String EMAIL = "email";

    /** The address as it was when the notification was made. */
    public record Recipient(String staffMemberId, String email) {
    }

    public static NotificationResponse from(NotificationView view) {
        return new NotificationResponse(view.id(), EMAIL, view.caseId().value(),
                new Recipient(view.staffMemberId().value(), view.email()), WireNames.of(view.status()),
                view.attempts(), view.lastError(), view.createdAt(), view.sentAt());
    }
}
