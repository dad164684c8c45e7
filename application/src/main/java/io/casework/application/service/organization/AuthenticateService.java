package io.casework.application.service.organization;

import io.casework.application.port.in.AuthenticateUseCase;
import io.casework.application.port.out.ApiKeyRepository;
import java.util.Optional;

public final class AuthenticateService implements AuthenticateUseCase {
    private final ApiKeyRepository apiKeys;

    public AuthenticateService(ApiKeyRepository apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public Optional<Caller> authenticate(String presentedKey) {
        return ApiKeySecret.parse(presentedKey).flatMap(parsed -> apiKeys.find(parsed.id())
                .filter(stored -> ApiKeySecret.matches(parsed.secret(), stored.secretHash()))
                .map(stored -> new Caller(stored.organizationId(), stored.id())));
    }
}
