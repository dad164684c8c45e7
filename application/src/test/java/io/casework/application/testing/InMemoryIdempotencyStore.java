package io.casework.application.testing;

import io.casework.application.port.out.IdempotencyStore;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryIdempotencyStore implements IdempotencyStore {
    private record Slot(OrganizationId organizationId, String key) {
    }

    private record Entry(String token, String fingerprint, Instant claimedAt, Optional<StoredAnswer> answer) {
        boolean isInProgressClaim(String claimToken) {
            return token.equals(claimToken) && answer.isEmpty();
        }
    }

    private final Map<Slot, Entry> entries = new HashMap<>();

    @Override
    public synchronized Claim claim(ClaimRequest request) {
        Slot slot = new Slot(request.organizationId(), request.key());
        Entry entry = entries.get(slot);
        boolean free = entry == null
                || entry.claimedAt().isBefore(request.expiredBefore())
                || entry.answer().isEmpty() && entry.claimedAt().isBefore(request.abandonedBefore())
                        && entry.fingerprint().equals(request.fingerprint());
        if (!free) {
            return Claim.existing(entry.fingerprint(), entry.answer());
        }
        entries.put(slot, new Entry(request.token(), request.fingerprint(), request.now(), Optional.empty()));
        return Claim.granted();
    }

    @Override
    public synchronized boolean complete(OrganizationId organizationId, String key, String token,
                                         StoredAnswer answer) {
        Slot slot = new Slot(organizationId, key);
        Entry entry = entries.get(slot);
        if (entry == null || !entry.isInProgressClaim(token)) {
            return false;
        }
        entries.put(slot, new Entry(token, entry.fingerprint(), entry.claimedAt(), Optional.of(answer)));
        return true;
    }

    @Override
    public synchronized void release(OrganizationId organizationId, String key, String token) {
        Slot slot = new Slot(organizationId, key);
        Entry entry = entries.get(slot);
        if (entry != null && entry.isInProgressClaim(token)) {
            entries.remove(slot);
        }
    }
}
