package io.casework.adapters.rest.auth;

import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Takes the API key from the {@code Authorization: Bearer <key>} header and from nowhere else. Dropwizard's
 * OAuth filter also accepts {@code ?access_token=<key>}, which puts the key into access logs, proxy logs and
 * browser history; here such a request has no key and is refused with 401 like any other.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BearerKeyFilter extends AuthFilter<String, CallerPrincipal> {
    private BearerKeyFilter() {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String key = key(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        if (!authenticate(request, key, SecurityContext.BASIC_AUTH)) {
            throw unauthorizedHandler.buildException(prefix, realm);
        }
    }

    /** The key of a {@code <prefix> <key>} header (the scheme in any case, as RFC 9110 says), or null. */
    private String key(String header) {
        if (header == null) {
            return null;
        }
        int space = header.indexOf(' ');
        if (space <= 0 || !prefix.equalsIgnoreCase(header.substring(0, space))) {
            return null;
        }
        String key = header.substring(space + 1).strip();
        return key.isEmpty() ? null : key;
    }

    public static final class Builder extends AuthFilterBuilder<String, CallerPrincipal, BearerKeyFilter> {
        @Override
        protected BearerKeyFilter newInstance() {
            return new BearerKeyFilter();
        }
    }
}
