package io.casework.adapters.rest.auth;

import io.casework.application.port.in.AuthenticateUseCase;
import io.dropwizard.auth.Authenticator;
import java.util.Optional;

public final class ApiKeyAuthenticator implements Authenticator<String, CallerPrincipal> {
    private final AuthenticateUseCase authenticate;

    public ApiKeyAuthenticator(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public Optional<CallerPrincipal> authenticate(String apiKey) {
        return authenticate.authenticate(apiKey).map(CallerPrincipal::new);
    }
}
