package io.casework.adapters.rest.http;

import io.casework.adapters.rest.dto.Violations;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Refuses a query parameter the matched resource method does not declare, with a 422 naming each, as an unknown
 * body field is refused: a typo ({@code ?staus=open}) or an unsupported filter must not answer an unfiltered list.
 * Runs after authentication, so a wrong key is still a 401, and before an {@code Idempotency-Key} is claimed.
 */
@Priority(Priorities.AUTHORIZATION)
public final class KnownQueryParamsFilter implements ContainerRequestFilter {
    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, KnownQueryParamsFilter::queryParams);
        Violations violations = new Violations();
        request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .forEach(name -> violations.add(name, "is not a known query parameter"));
        violations.throwIfAny();
    }

    private static Set<String> queryParams(Method method) {
        return Arrays.stream(method.getParameterAnnotations())
                .flatMap(Arrays::stream)
                .filter(QueryParam.class::isInstance)
                .map(annotation -> ((QueryParam) annotation).value())
                .collect(Collectors.toUnmodifiableSet());
    }
}
