package io.casework.application.testing;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public final class InMemoryApiKeyRepository implements ApiKeyRepository, InMemoryTransactions.Participant {
    private final Map<ApiKeyId, StoredApiKey> keys = new ConcurrentHashMap<>();
    private final AtomicLong lookups = new AtomicLong();

    @Override
    public void add(StoredApiKey key) {
        keys.put(key.id(), key);
    }

    @Override
    public Optional<StoredApiKey> find(ApiKeyId id) {
        lookups.incrementAndGet();
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public List<StoredApiKey> list(OrganizationId organizationId, int limit, Optional<Position> after) {
        Comparator<StoredApiKey> newestFirst = Comparator.comparing(StoredApiKey::createdAt)
                .thenComparing(key -> key.id().value()).reversed();
        return keys.values().stream()
                .filter(key -> key.organizationId().equals(organizationId))
                .filter(key -> after.map(position -> isBefore(key, position)).orElse(true))
                .sorted(newestFirst)
                .limit(limit)
                .toList();
    }

    private static boolean isBefore(StoredApiKey key, Position position) {
        int byTime = key.createdAt().compareTo(position.createdAt());
        return byTime < 0 || byTime == 0 && key.id().value().compareTo(position.id()) < 0;
    }

    @Override
    public void revoke(ApiKeyId id, Instant at) {
        keys.computeIfPresent(id, (k, key) -> key.isRevoked() ? key : new StoredApiKey(key.id(), key.organizationId(),
                key.name(), key.secretHash(), key.createdAt(), key.lastUsedAt(), at));
    }

    @Override
    public void markUsed(ApiKeyId id, Instant at, Instant notBefore) {
        keys.computeIfPresent(id, (k, key) -> key.lastUsedAt() != null && key.lastUsedAt().isAfter(notBefore) ? key
                : new StoredApiKey(key.id(), key.organizationId(), key.name(), key.secretHash(), key.createdAt(), at,
                        key.revokedAt()));
    }

    /** How many times a key was looked up. */
    public long lookups() {
        return lookups.get();
    }

    @Override
    public Runnable snapshot() {
        return InMemoryTransactions.Participant.restoring(this, keys);
    }
}
