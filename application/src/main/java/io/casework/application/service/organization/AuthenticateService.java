package io.casework.application.service.organization;

import io.casework.application.port.in.AuthenticateUseCase;
import io.casework.application.port.out.ApiKeyRepository;
import io.casework.application.port.out.ApiKeyRepository.StoredApiKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class AuthenticateService implements AuthenticateUseCase {
    /** How stale {@code last_used_at} may be: it is written at most once per key in this period, never per request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiKeyRepository apiKeys;
    private final Clock clock;

    public AuthenticateService(ApiKeyRepository apiKeys, Clock clock) {
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    @Override
    public Optional<Caller> authenticate(String presentedKey) {
        Optional<StoredApiKey> key = ApiKeySecret.parse(presentedKey).flatMap(parsed -> apiKeys.find(parsed.id())
                .filter(stored -> !stored.isRevoked())
                .filter(stored -> ApiKeySecret.matches(parsed.secret(), stored.secretHash())));
        key.ifPresent(this::noteUse);
        return key.map(stored -> new Caller(stored.organizationId(), stored.id()));
    }

    private void noteUse(StoredApiKey key) {
        Instant now = clock.instant();
        Instant notBefore = now.minus(LAST_USED_PRECISION);
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(notBefore)) {
            apiKeys.markUsed(key.id(), now, notBefore);
        }
    }
}
