package io.casework.adapters.rest.auth;

import io.casework.application.port.in.AuthenticateUseCase.Caller;
import io.casework.domain.cases.Actor;
import io.casework.domain.organization.OrganizationId;
import java.security.Principal;

/** The organization and key behind a request. */
public record CallerPrincipal(Caller caller) implements Principal {
    @Override
    public String getName() {
        return caller.apiKeyId().value();
    }

    public OrganizationId organizationId() {
        return caller.organizationId();
    }

    public Actor actor() {
        return Actor.apiKey(caller.apiKeyId().value());
    }
}
