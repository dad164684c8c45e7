package io.casework.adapters.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.casework.adapters.rest.auth.ApiKeyAuthenticator;
import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.auth.ProblemUnauthorizedHandler;
import io.casework.adapters.rest.error.DomainExceptionMapper;
import io.casework.adapters.rest.error.JsonProcessingExceptionMapper;
import io.casework.adapters.rest.error.UnexpectedExceptionMapper;
import io.casework.adapters.rest.error.WebApplicationExceptionMapper;
import io.casework.adapters.rest.resource.OrganizationResource;
import io.casework.application.port.in.AuthenticateUseCase;
import io.casework.application.port.in.OrganizationQueries;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.jersey.setup.JerseyEnvironment;

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

    public static void register(JerseyEnvironment jersey, UseCases useCases) {
        jersey.register(new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<CallerPrincipal>()
                .setAuthenticator(new ApiKeyAuthenticator(useCases.authenticate()))
                .setPrefix("Bearer")
                .setRealm("casework")
                .setUnauthorizedHandler(new ProblemUnauthorizedHandler())
                .buildAuthFilter()));
        jersey.register(new AuthValueFactoryProvider.Binder<>(CallerPrincipal.class));

        jersey.register(new DomainExceptionMapper());
        jersey.register(new JsonProcessingExceptionMapper());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new UnexpectedExceptionMapper());

        jersey.register(new OrganizationResource(useCases.organizations()));
    }

    /** The inbound ports the resources call. */
    public record UseCases(AuthenticateUseCase authenticate, OrganizationQueries organizations) {
    }
}
