package io.casework.adapters.persistence.jdbi;

import io.casework.application.port.out.SignInLinks;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Optional;

public final class JdbiSignInLinks implements SignInLinks {
    private final JdbiTransactions db;

    public JdbiSignInLinks(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(SignInLink link) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO sign_in_links (token_hash, organization_id, staff_member_id, email_normalized,
                                                   created_at, expires_at)
                        VALUES (:tokenHash, :organizationId, :staffMemberId, :emailNormalized, :createdAt, :expiresAt)""")
                .bind("tokenHash", link.tokenHash())
                .bind("organizationId", link.organizationId().value())
                .bind("staffMemberId", link.staffMemberId().value())
                .bind("emailNormalized", link.emailNormalized())
                .bind("createdAt", link.createdAt())
                .bind("expiresAt", link.expiresAt())
                .execute());
    }

    @Override
    public int countSince(String emailNormalized, Instant since) {
        return db.withHandle(h -> {
            h.createQuery("SELECT pg_advisory_xact_lock(hashtext('sign_in_links:' || :emailNormalized))")
                    .bind("emailNormalized", emailNormalized)
                    .mapTo(String.class)
                    .one();
            return h.createQuery("""
                            SELECT count(*) FROM sign_in_links
                            WHERE email_normalized = :emailNormalized AND created_at >= :since""")
                    .bind("emailNormalized", emailNormalized)
                    .bind("since", since)
                    .mapTo(Integer.class)
                    .one();
        });
    }

    @Override
    public Optional<SignInLink> use(String tokenHash, Instant now) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE sign_in_links SET used_at = :now
                        WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now
                        RETURNING token_hash, organization_id, staff_member_id, email_normalized, created_at,
                                  expires_at""")
                .bind("tokenHash", tokenHash)
                .bind("now", now)
                .map((rs, ctx) -> new SignInLink(rs.getString("token_hash"),
                        new OrganizationId(rs.getString("organization_id")),
                        new StaffMemberId(rs.getString("staff_member_id")), rs.getString("email_normalized"),
                        Rows.instant(rs, "created_at"), Rows.instant(rs, "expires_at")))
                .findOne());
    }
}
