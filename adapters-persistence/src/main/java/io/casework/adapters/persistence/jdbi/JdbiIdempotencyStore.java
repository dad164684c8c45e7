package io.casework.adapters.persistence.jdbi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.application.port.out.IdempotencyStore;
import io.casework.domain.organization.OrganizationId;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency keys in PostgreSQL. A claim is one upsert whose conflict branch only takes over a forgotten or
 * abandoned record, so two processes racing for a key cannot both win. An answer's code, metadata and body are the
 * {@code response_status}, {@code response_headers} and {@code response_body} columns.
 */
public final class JdbiIdempotencyStore implements IdempotencyStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
    };

    private final JdbiTransactions db;

    public JdbiIdempotencyStore(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Claim claim(ClaimRequest request) {
        while (true) {
            boolean acquired = db.withHandle(h -> h.createQuery("""
                            INSERT INTO idempotency_keys AS k (organization_id, key, token, fingerprint, claimed_at)
                            VALUES (:org, :key, :token, :fingerprint, :now)
                            ON CONFLICT (organization_id, key) DO UPDATE
                               SET token = excluded.token, fingerprint = excluded.fingerprint,
                                   claimed_at = excluded.claimed_at, response_status = NULL,
                                   response_headers = NULL, response_body = NULL
                             WHERE k.claimed_at < :expiredBefore
                                OR (k.response_status IS NULL AND k.claimed_at < :abandonedBefore
                                    AND k.fingerprint = excluded.fingerprint)
                            RETURNING token""")
                    .bind("org", request.organizationId().value())
                    .bind("key", request.key())
                    .bind("token", request.token())
                    .bind("fingerprint", request.fingerprint())
                    .bind("now", request.now())
                    .bind("expiredBefore", request.expiredBefore())
                    .bind("abandonedBefore", request.abandonedBefore())
                    .mapTo(String.class)
                    .findOne()
                    .isPresent());
            if (acquired) {
                return Claim.granted();
            }
            Optional<Claim> existing = existing(request.organizationId(), request.key());
            if (existing.isPresent()) {
                return existing.get();
            }
            // the record was released between the two statements: claim again
        }
    }

    private Optional<Claim> existing(OrganizationId organizationId, String key) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT fingerprint, response_status, response_headers, response_body
                          FROM idempotency_keys WHERE organization_id = :org AND key = :key""")
                .bind("org", organizationId.value())
                .bind("key", key)
                .map((rs, ctx) -> {
                    Integer status = Rows.nullableInt(rs, "response_status");
                    Optional<StoredAnswer> answer = status == null ? Optional.empty()
                            : Optional.of(new StoredAnswer(status, metadata(rs.getString("response_headers")),
                            rs.getString("response_body")));
                    return Claim.existing(rs.getString("fingerprint"), answer);
                })
                .findOne());
    }

    @Override
    public boolean complete(OrganizationId organizationId, String key, String token, StoredAnswer answer) {
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE idempotency_keys
                           SET response_status = :status, response_headers = CAST(:headers AS jsonb), response_body = :body
                         WHERE organization_id = :org AND key = :key AND token = :token AND response_status IS NULL""")
                .bind("org", organizationId.value())
                .bind("key", key)
                .bind("token", token)
                .bind("status", answer.code())
                .bind("headers", write(answer.metadata()))
                .bind("body", answer.body())
                .execute()) == 1;
    }

    @Override
    public void release(OrganizationId organizationId, String key, String token) {
        db.withHandle(h -> h.createUpdate("""
                        DELETE FROM idempotency_keys
                         WHERE organization_id = :org AND key = :key AND token = :token AND response_status IS NULL""")
                .bind("org", organizationId.value())
                .bind("key", key)
                .bind("token", token)
                .execute());
    }

    private static String write(Map<String, String> metadata) {
        try {
            return JSON.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metadata are plain strings", e);
        }
    }

    private static Map<String, String> metadata(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, METADATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored metadata are not JSON: " + e.getMessage(), e);
        }
    }
}
