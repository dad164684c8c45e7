package io.casework.application.testing;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.NotificationView;
import io.casework.application.port.in.NotificationView.Status;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims take the longest-due notifications first and change nothing: transactions here run one at a time, so a
 * claim holds its notifications until its transaction ends, as on PostgreSQL. Reports change only a notification
 * still pending: an outcome once recorded stands.
 */
public final class InMemoryNotificationOutbox implements NotificationOutbox, InMemoryTransactions.Participant {
    private static final class Row {
        PendingNotification notification;
        Status status = Status.PENDING;
        int attempts;
        String lastError;
        Instant dueAt;
        Instant sentAt;

        Row copy() {
            Row row = new Row();
            row.notification = notification;
            row.status = status;
            row.attempts = attempts;
            row.lastError = lastError;
            row.dueAt = dueAt;
            row.sentAt = sentAt;
            return row;
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized void add(PendingNotification notification) {
        Row row = new Row();
        row.notification = notification;
        row.attempts = notification.attempts();
        row.dueAt = notification.createdAt();
        rows.put(notification.id(), row);
    }

    @Override
    public synchronized List<PendingNotification> claimDue(Instant now, int max) {
        return rows.values().stream()
                .filter(row -> row.status == Status.PENDING && !row.dueAt.isAfter(now))
                .sorted(Comparator.comparing(row -> row.dueAt))
                .limit(max).map(row -> {
            PendingNotification n = row.notification;
            return new PendingNotification(n.id(), n.organizationId(), n.caseId(), n.staffMemberId(), n.email(),
                    row.attempts, n.createdAt());
        }).toList();
    }

    @Override
    public synchronized Optional<Instant> nextDueAt() {
        return rows.values().stream().filter(row -> row.status == Status.PENDING).map(row -> row.dueAt)
                .min(Comparator.naturalOrder());
    }

    @Override
    public synchronized void markSent(List<String> ids, Instant at) {
        for (String id : ids) {
            Row row = rows.get(id);
            if (row.status == Status.PENDING) {
                row.status = Status.SENT;
                row.attempts++;
                row.sentAt = at;
            }
        }
    }

    @Override
    public synchronized void markAttemptFailed(String id, String error, Optional<Instant> retryAt) {
        Row row = rows.get(id);
        if (row.status != Status.PENDING) {
            return;
        }
        row.attempts++;
        row.lastError = error;
        retryAt.ifPresentOrElse(at -> row.dueAt = at, () -> row.status = Status.FAILED);
    }

    @Override
    public synchronized List<NotificationView> list(OrganizationId organizationId, Optional<CaseId> caseId,
                                                    Optional<Status> status, int limit, Optional<Position> after) {
        return InMemoryPages.newestFirst(rows.values().stream()
                        .filter(r -> r.notification.organizationId().equals(organizationId)
                                && r.notification.caseId() != null
                                && caseId.map(r.notification.caseId()::equals).orElse(true)
                                && status.map(s -> s == r.status).orElse(true))
                        .map(r -> new NotificationView(r.notification.id(), r.notification.caseId(),
                                r.notification.staffMemberId(), r.notification.email().recipient().email(), r.status,
                                r.attempts, r.lastError, r.notification.createdAt(), r.sentAt)),
                v -> new Position(v.createdAt(), v.id()), limit, after);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, Row> copy = new LinkedHashMap<>();
        rows.forEach((id, row) -> copy.put(id, row.copy()));
        return InMemoryTransactions.Participant.restoring(this, rows, copy);
    }
}
