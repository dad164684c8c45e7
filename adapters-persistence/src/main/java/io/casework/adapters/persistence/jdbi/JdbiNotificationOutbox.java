package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.NotificationView;
import io.casework.application.port.in.NotificationView.Status;
import io.casework.application.port.out.NotificationOutbox;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The outbox in the notifications table. A claim locks the rows it takes until the claiming transaction ends, and
 * changes nothing: if the sender dies before it reports, PostgreSQL ends its transaction with its connection and the
 * notifications are due again as they were. A report only changes a notification still pending, so an outcome
 * once recorded stands.
 */
public final class JdbiNotificationOutbox implements NotificationOutbox {
    private static final String VIEW_COLUMNS = """
            id, case_id, staff_member_id, recipient_email, status, attempts, last_error, created_at, sent_at""";

    private final JdbiTransactions db;

    public JdbiNotificationOutbox(JdbiTransactions db) {
        this.db = db;
    }

    /** Senders waiting for work hear of it when (and only if) the notification is committed. */
    @Override
    public void add(PendingNotification notification) {
        addAll(List.of(notification));
    }

    /** One statement: the rows from arrays, and the senders' signal when any was added. */
    @Override
    public void addAll(List<PendingNotification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        db.withHandle(h -> h.createQuery("""
                        WITH queued AS (
                            INSERT INTO notifications (id, organization_id, case_id, staff_member_id, recipient_email,
                                                       kind, email, status, attempts, due_at, created_at)
                            SELECT id, organization_id, case_id, staff_member_id, recipient_email, kind,
                                   CAST(email AS jsonb), 'pending', attempts, created_at, created_at
                            FROM unnest(:ids, :organizationIds, :caseIds, :staffMemberIds, :recipientEmails, :kinds,
                                        :emails, :attempts, CAST(:createdAts AS timestamptz[]))
                                 AS n(id, organization_id, case_id, staff_member_id, recipient_email, kind, email,
                                      attempts, created_at)
                            RETURNING 1)
                        SELECT pg_notify(:channel, '') WHERE EXISTS (SELECT FROM queued)""")
                .bindArray("ids", String.class, Rows.column(notifications, PendingNotification::id))
                .bindArray("organizationIds", String.class,
                        Rows.column(notifications, n -> n.organizationId().value()))
                .bindArray("caseIds", String.class,
                        Rows.column(notifications, n -> n.caseId() == null ? null : n.caseId().value()))
                .bindArray("staffMemberIds", String.class,
                        Rows.column(notifications, n -> n.staffMemberId().value()))
                .bindArray("recipientEmails", String.class,
                        Rows.column(notifications, n -> n.email().recipient().email()))
                .bindArray("kinds", String.class, Rows.column(notifications, n -> Rows.wire(n.email().kind())))
                .bindArray("emails", String.class, Rows.column(notifications, n -> EmailDocument.write(n.email())))
                .bindArray("attempts", Integer.class, Rows.column(notifications, PendingNotification::attempts))
                .bindArray("createdAts", String.class, Rows.column(notifications, n -> n.createdAt().toString()))
                .bind("channel", PostgresWorkSignal.Work.EMAILS.channel)
                .mapTo(String.class)
                .list());
    }


    /**
     * SKIP LOCKED passes over rows another sender holds; one whose sender has just committed its report is
     * re-checked against its new status and due_at and left out too. Either way no two senders get the same
     * notification.
     */
    @Override
    public List<PendingNotification> claimDue(Instant now, int max) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT id, organization_id, case_id, staff_member_id, email, attempts, created_at
                        FROM notifications
                        WHERE status = 'pending' AND due_at <= :now
                        ORDER BY due_at LIMIT :max
                        FOR UPDATE SKIP LOCKED""")
                .bind("now", now)
                .bind("max", max)
                .map(JdbiNotificationOutbox::pending)
                .list());
    }

    @Override
    public Optional<Instant> nextDueAt() {
        return db.withHandle(h -> h.createQuery(
                        "SELECT min(due_at) AS due_at FROM notifications WHERE status = 'pending'")
                .map((rs, ctx) -> Optional.ofNullable(Rows.instant(rs, "due_at")))
                .one());
    }

    @Override
    public void markSent(List<String> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        db.withHandle(h -> h.createUpdate("""
                        UPDATE notifications SET status = 'sent', attempts = attempts + 1, sent_at = :at,
                                                 email = email - 'sign_in_url'
                        WHERE id = ANY(:ids) AND status = 'pending'""")
                .bindArray("ids", String.class, ids)
                .bind("at", at)
                .execute());
    }

    @Override
    public void markAttemptFailed(String id, String error, Optional<Instant> retryAt) {
        db.withHandle(h -> retryAt.isPresent()
                ? h.createUpdate("""
                                UPDATE notifications SET attempts = attempts + 1, last_error = :error, due_at = :retryAt
                                WHERE id = :id AND status = 'pending'""")
                        .bind("id", id)
                        .bind("error", error)
                        .bind("retryAt", retryAt.get())
                        .execute()
                : h.createUpdate("""
                                UPDATE notifications SET attempts = attempts + 1, last_error = :error, status = 'failed',
                                                         email = email - 'sign_in_url'
                                WHERE id = :id AND status = 'pending'""")
                        .bind("id", id)
                        .bind("error", error)
                        .execute());
    }

    @Override
    public List<NotificationView> list(OrganizationId organizationId, Optional<CaseId> caseId, Optional<Status> status,
                                       int limit, Optional<Position> after) {
        // sign-in emails are about no case, and their links are no API client's business
        Conditions where = Conditions.where("organization_id = :organizationId AND case_id IS NOT NULL",
                "organizationId", organizationId.value());
        caseId.ifPresent(id -> where.and("case_id = :caseId", "caseId", id.value()));
        status.ifPresent(s -> where.and("status = :status", "status", Rows.wire(s)));
        after.ifPresent(where::before);
        return db.withHandle(h -> where.bind(h.createQuery("SELECT " + VIEW_COLUMNS + " FROM notifications WHERE "
                        + where.sql() + " ORDER BY created_at DESC, id DESC LIMIT :limit"))
                .bind("limit", limit)
                .map(JdbiNotificationOutbox::view)
                .list());
    }

    private static PendingNotification pending(ResultSet rs, StatementContext ctx) throws SQLException {
        return new PendingNotification(rs.getString("id"), new OrganizationId(rs.getString("organization_id")),
                rs.getString("case_id") == null ? null : new CaseId(rs.getString("case_id")),
                new StaffMemberId(rs.getString("staff_member_id")), EmailDocument.read(rs.getString("email")), rs.getInt("attempts"), Rows.instant(rs, "created_at"));
    }

    private static NotificationView view(ResultSet rs, StatementContext ctx) throws SQLException {
        return new NotificationView(rs.getString("id"), new CaseId(rs.getString("case_id")),
                new StaffMemberId(rs.getString("staff_member_id")), rs.getString("recipient_email"),
                Rows.enumOf(Status.class, rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "sent_at"));
    }
}
