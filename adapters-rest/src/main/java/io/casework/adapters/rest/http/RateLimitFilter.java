package io.casework.adapters.rest.http;

import com.codahale.metrics.Meter;
import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.error.Problem;
import io.casework.adapters.rest.error.ProblemCode;
import io.casework.domain.organization.OrganizationId;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-organization rate limits: a token bucket for writes and one for reads per organization, in this process
 * (N processes allow N times the rate). Over the limit is 429 {@code rate_limited} with {@code Retry-After}.
 * It runs after authentication, so the organization is known, and before the body is read or an
 * {@code Idempotency-Key} claimed, so a refused request costs next to nothing and can be retried as it was.
 */
@Priority(Priorities.AUTHORIZATION)
public final class RateLimitFilter implements ContainerRequestFilter {
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final RateLimits limits;
    private final LongSupplier nanoTime;
    private final Meter refused;
    // one bucket per organization that has called since the start: a few dozen bytes each, never evicted
    private final Map<OrganizationId, TokenBucket> writes = new ConcurrentHashMap<>();
    private final Map<OrganizationId, TokenBucket> reads = new ConcurrentHashMap<>();

    public RateLimitFilter(RateLimits limits, Meter refused) {
        this(limits, refused, System::nanoTime);
    }

    RateLimitFilter(RateLimits limits, Meter refused, LongSupplier nanoTime) {
        this.limits = limits;
        this.refused = refused;
        this.nanoTime = nanoTime;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal caller)) {
            return;
        }
        boolean read = READS.contains(request.getMethod());
        int perSecond = read ? limits.readsPerSecond() : limits.writesPerSecond();
        if (perSecond == 0) {
            return;
        }
        int burst = read ? limits.readBurst() : limits.writeBurst();
        long now = nanoTime.getAsLong();
        TokenBucket bucket = (read ? reads : writes).computeIfAbsent(caller.organizationId(),
                organization -> new TokenBucket(perSecond, burst, now));
        long wait = bucket.take(now);
        if (wait == 0) {
            return;
        }
        refused.mark();
        long seconds = Math.max(1, (wait + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        String detail = "this organization sent more than " + perSecond + " " + (read ? "reads" : "writes")
                + " a second (bursts of up to " + burst + "); retry in " + seconds + " s";
        request.abortWith(Response.fromResponse(Problem.of(ProblemCode.RATE_LIMITED, detail).toResponse())
                .header(HttpHeaders.RETRY_AFTER, seconds).build());
    }
}
