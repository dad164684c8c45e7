package io.casework.adapters.rest.auth;

import com.codahale.metrics.MetricRegistry;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.casework.application.port.in.AuthenticateUseCase;
import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.CachingAuthenticator;
import java.time.Duration;
import java.util.Optional;

public final class ApiKeyAuthenticator implements Authenticator<String, CallerPrincipal> {
    /**
     * How long a key, once found good, is taken as good without being read again: a revoked key is refused by
     * every server process within this time. A bound that cannot be missed, unlike a signal from the database,
     * and cheap: at most one read of a key per second and process, however many requests it makes.
     */
    public static final Duration CACHE_TTL = Duration.ofSeconds(1);
    private static final int CACHED_KEYS = 10_000;

    private final AuthenticateUseCase authenticate;

    public ApiKeyAuthenticator(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    /**
     * The authenticator of the API: good keys are remembered for {@link #CACHE_TTL} (a request then reads no key
     * from the database); a wrong key is checked at every request, so it cannot fill the cache. Its hit and miss
     * counts are metrics of {@code metrics}.
     */
    public static Authenticator<String, CallerPrincipal> cached(AuthenticateUseCase authenticate,
                                                                MetricRegistry metrics) {
        return new CachingAuthenticator<>(metrics, new ApiKeyAuthenticator(authenticate),
                Caffeine.newBuilder().expireAfterWrite(CACHE_TTL).maximumSize(CACHED_KEYS), false);
    }

    @Override
    public Optional<CallerPrincipal> authenticate(String apiKey) {
        return authenticate.authenticate(apiKey).map(CallerPrincipal::new);
    }
}
