package io.casework.adapters.rest.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.dto.ListResponse;
import io.casework.adapters.rest.dto.PatchDocument;
import io.casework.adapters.rest.http.IdempotentPosts;
import io.casework.adapters.rest.http.PathIds;
import io.casework.adapters.rest.http.QueryParams;
import io.casework.adapters.rest.http.RequestBodies;
import io.casework.application.port.in.WebhookEndpointUseCase;
import io.casework.application.port.in.WebhookQueries;
import io.casework.domain.webhook.WebhookEventType;
import io.casework.domain.webhook.WebhookUrl;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;

/** An organization's webhook endpoints (the secret is shown once, at creation) and their deliveries. */
@Path("/v1/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
public final class WebhookEndpointResource {
    private static final Set<String> SETTABLE = Set.of("url", "events", "enabled");

    private final WebhookEndpointUseCase endpoints;
    private final WebhookQueries queries;
    private final IdempotentPosts posts;

    public WebhookEndpointResource(WebhookEndpointUseCase endpoints, WebhookQueries queries, IdempotentPosts posts) {
        this.endpoints = endpoints;
        this.queries = queries;
        this.posts = posts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Auth CallerPrincipal caller, @Context ContainerRequestContext request,
                           CreateWebhookEndpointRequest body) {
        CreateWebhookEndpointRequest.Parsed parsed = RequestBodies.required(body).parsed();
        return posts.run(request, () -> Response.status(Response.Status.CREATED)
                .entity(CreatedWebhookEndpointResponse.from(endpoints.create(caller.organizationId(), parsed.url(),
                        parsed.events(), body.description())))
                .build());
    }

    @GET
    public ListResponse<WebhookEndpointResponse> list(@Auth CallerPrincipal caller, @QueryParam("limit") String limit,
                                                      @QueryParam("cursor") String cursor) {
        return ListResponse.of(queries.list(caller.organizationId(), QueryParams.page(limit, cursor)),
                WebhookEndpointResponse::from);
    }

    @GET
    @Path("{id}")
    public WebhookEndpointResponse get(@Auth CallerPrincipal caller, @PathParam("id") String id) {
        return WebhookEndpointResponse.from(queries.get(caller.organizationId(), PathIds.webhookEndpoint(id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookEndpointResponse update(@Auth CallerPrincipal caller, @PathParam("id") String id, JsonNode body) {
        PatchDocument patch = PatchDocument.of(body, SETTABLE);
        Optional<WebhookUrl> url = patch.string("url")
                .map(raw -> patch.violations().optional("url", raw, WebhookUrl::new));
        Optional<Set<WebhookEventType>> events = patch.strings("events")
                .map(names -> WebhookEvents.parse(names, patch.violations()));
        Optional<Boolean> enabled = patch.bool("enabled");
        patch.throwIfInvalid();
        return WebhookEndpointResponse.from(endpoints.update(caller.organizationId(), PathIds.webhookEndpoint(id),
                url, events, enabled));
    }

    /** Deletes the endpoint and its deliveries: pending ones are not sent. */
    @DELETE
    @Path("{id}")
    public Response delete(@Auth CallerPrincipal caller, @PathParam("id") String id) {
        endpoints.delete(caller.organizationId(), PathIds.webhookEndpoint(id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public ListResponse<WebhookDeliveryResponse> deliveries(@Auth CallerPrincipal caller, @PathParam("id") String id,
                                                            @QueryParam("limit") String limit,
                                                            @QueryParam("cursor") String cursor) {
        return ListResponse.of(queries.deliveries(caller.organizationId(), PathIds.webhookEndpoint(id),
                QueryParams.page(limit, cursor)), WebhookDeliveryResponse::from);
    }
}
