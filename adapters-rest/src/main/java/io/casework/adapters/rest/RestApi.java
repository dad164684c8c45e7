package io.casework.adapters.rest;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.casework.adapters.rest.apikey.ApiKeyResource;
import io.casework.adapters.rest.webhook.WebhookDeliveryResource;
import io.casework.adapters.rest.webhook.WebhookEndpointResource;
import io.casework.adapters.rest.auth.ApiKeyAuthenticator;
import io.casework.adapters.rest.auth.BearerKeyFilter;
import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.auth.ProblemUnauthorizedHandler;
import io.casework.adapters.rest.cases.CaseResource;
import io.casework.adapters.rest.error.DomainExceptionMapper;
import io.casework.adapters.rest.error.JsonProcessingExceptionMapper;
import io.casework.adapters.rest.error.UnexpectedExceptionMapper;
import io.casework.adapters.rest.error.WebApplicationExceptionMapper;
import io.casework.adapters.rest.http.IdempotencyFilter;
import io.casework.adapters.rest.http.IdempotentPosts;
import io.casework.adapters.rest.http.JsonTextInterceptor;
import io.casework.adapters.rest.http.KnownQueryParamsFilter;
import io.casework.adapters.rest.http.RateLimitFilter;
import io.casework.adapters.rest.http.RateLimits;
import io.casework.adapters.rest.http.RequestBodyFilter;
import io.casework.adapters.rest.notification.NotificationResource;
import io.casework.adapters.rest.organization.OrganizationResource;
import io.casework.adapters.rest.sla.SlaPolicyResource;
import io.casework.adapters.rest.staff.StaffMemberResource;
import io.casework.adapters.rest.staff.TeamResource;
import io.casework.adapters.rest.workflow.WorkflowResource;
import io.casework.adapters.rest.workflow.WorkflowRunResource;
import io.casework.application.port.in.UseCases;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.util.List;

/** Everything the REST adapter puts into Jersey, given the use cases it fronts. */
public final class RestApi {
    private RestApi() {
    }

    /** The JSON rules of the API: snake_case, RFC 3339 times, and no silent coercion or unknown fields. */
    public static void configure(ObjectMapper mapper) {
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // {"name":"a","name":"b"} is refused (400), not silently the last one
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        // free-form JSON (case attributes) keeps its numbers exactly; as doubles, 1e400 would become Infinity
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // and as written when read as a tree (PATCH bodies, workflow drafts): 100.0 must not come back as 1E+2
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean, LogicalType.Enum}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
    }

    /** Registers everything the API needs into the server's Jersey environment; {@code mapper} is Jersey's. */
    public static void register(JerseyEnvironment jersey, ObjectMapper mapper, MetricRegistry metrics,
                                UseCases useCases, RateLimits rateLimits) {
        components(useCases, mapper, metrics, rateLimits).forEach(jersey::register);
    }

    /**
     * The providers and resources of the API, in one list so that the server and the resource tests register
     * exactly the same things. {@code mapper} is the one Jersey writes JSON with.
     */
    public static List<Object> components(UseCases useCases, ObjectMapper mapper, MetricRegistry metrics,
                                          RateLimits rateLimits) {
        IdempotentPosts posts = new IdempotentPosts(useCases.idempotentRequests(), mapper);
        return List.of(
                new AuthDynamicFeature(new BearerKeyFilter.Builder()
                        .setAuthenticator(ApiKeyAuthenticator.cached(useCases.authenticate(), metrics))
                        .setPrefix("Bearer")
                        .setRealm("casework")
                        .setUnauthorizedHandler(new ProblemUnauthorizedHandler(
                                metrics.meter("casework.api.authentication-failures")))
                        .buildAuthFilter()),
                new AuthValueFactoryProvider.Binder<>(CallerPrincipal.class),

                new DomainExceptionMapper(),
                new JsonProcessingExceptionMapper(),
                new WebApplicationExceptionMapper(),
                new UnexpectedExceptionMapper(),

                new RateLimitFilter(rateLimits, metrics.meter("casework.api.rate-limited")),
                new RequestBodyFilter(),
                new JsonTextInterceptor(),
                new KnownQueryParamsFilter(),
                new IdempotencyFilter(useCases.idempotentRequests()),

                new OpenApiResource(),
                new OrganizationResource(useCases.organizations(), useCases.changeOrganizationSettings()),
                new ApiKeyResource(useCases.createApiKey(), useCases.revokeApiKey(), useCases.apiKeys(), posts),
                new StaffMemberResource(useCases.createStaffMember(), useCases.updateStaffMember(),
                        useCases.setOutOfOffice(), useCases.staffMembers(), posts),
                new TeamResource(useCases.createTeam(), useCases.updateTeam(), useCases.teamMembership(),
                        useCases.teams(), posts),
                new CaseResource(useCases.createCase(), useCases.updateCase(), useCases.assignCase(),
                        useCases.unassignCase(), useCases.cases(), posts),
                new WorkflowResource(useCases.createWorkflow(), useCases.saveWorkflowDraft(),
                        useCases.publishWorkflow(), useCases.retireWorkflow(), useCases.startWorkflowRun(),
                        useCases.dryRunWorkflow(), useCases.workflows(), posts),
                new WorkflowRunResource(useCases.workflows()),
                new NotificationResource(useCases.notifications()),
                new WebhookEndpointResource(useCases.webhookEndpoints(), useCases.webhooks(), posts),
                new WebhookDeliveryResource(useCases.webhookEndpoints()),
                new SlaPolicyResource(useCases.slaPolicies()));
    }
}
