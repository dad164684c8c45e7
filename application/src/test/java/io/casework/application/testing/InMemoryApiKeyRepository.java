package io.casework.application.testing;

import io.casework.application.port.out.ApiKeyRepository;
import io.casework.domain.organization.ApiKeyId;
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

    /** How many times a key was looked up. */
    public long lookups() {
        return lookups.get();
    }

    @Override
    public Runnable snapshot() {
        return InMemoryTransactions.Participant.restoring(this, keys);
    }
}
