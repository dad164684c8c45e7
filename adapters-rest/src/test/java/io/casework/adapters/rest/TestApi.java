package io.casework.adapters.rest;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.adapters.rest.http.RateLimits;
import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateStaffMemberUseCase;
import io.casework.application.port.in.UseCases;
import io.casework.application.testing.InMemoryCasework;
import io.casework.application.testing.TestClock;
import io.casework.domain.organization.Plan;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.UnaryOperator;
import org.glassfish.jersey.client.ClientProperties;

/**
 * The REST adapter registered exactly as the server registers it ({@link RestApi#components}, the mapper of
 * {@link RestApi#configure}), over the real services and the application's in-memory fakes: new cases start the
 * published workflows, and {@link InMemoryCasework#drainRuns()} runs them.
 */
final class TestApi {
    final InMemoryCasework casework = new InMemoryCasework();
    final TestClock clock = casework.clock;
    final ResourceExtension resources;
    /** What {@link RestApi#components} gave, as registered. */
    final List<Object> components;

    TestApi() {
        this(UnaryOperator.identity());
    }

    /** @param staffCreation wraps the staff member creation use case, to hold or fail it in a test */
    TestApi(UnaryOperator<CreateStaffMemberUseCase> staffCreation) {
        UseCases useCases = replacingStaffCreation(casework.useCases, staffCreation);

        ObjectMapper mapper = Jackson.newObjectMapper();
        RestApi.configure(mapper);
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setMapper(mapper)
                .setRegisterDefaultExceptionMappers(false)
                .bootstrapLogging(false)
                // real clients PUT a membership with no body; Jersey's client refuses that unless told
                .setClientConfigurator(client -> client.property(
                        ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true));
        components = RestApi.components(useCases, mapper, new MetricRegistry(), RateLimits.NONE);
        components.forEach(builder::addProvider);
        resources = builder.build();
    }

    /** A new organization; the client calls the API with its first key. */
    ApiClient newOrganization() {
        return new ApiClient(resources, casework.useCases.createOrganization()
                .create(new CreateOrganizationCommand("Acme", Plan.GROWTH)).apiKey());
    }

    /** A caller without credentials. */
    ApiClient anonymous() {
        return new ApiClient(resources, null);
    }

    /** {@code useCases} with its staff member creation wrapped; every other accessor answers as before. */
    private static UseCases replacingStaffCreation(UseCases useCases,
                                                   UnaryOperator<CreateStaffMemberUseCase> staffCreation) {
        CreateStaffMemberUseCase wrapped = staffCreation.apply(useCases.createStaffMember());
        return (UseCases) Proxy.newProxyInstance(UseCases.class.getClassLoader(), new Class<?>[] {UseCases.class},
                (proxy, method, args) -> method.getName().equals("createStaffMember") ? wrapped
                        : method.invoke(useCases, args));
    }
}
