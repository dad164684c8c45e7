package io.casework.adapters.rest.apikey;

import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.dto.ListResponse;
import io.casework.adapters.rest.http.IdempotentPosts;
import io.casework.adapters.rest.http.PathIds;
import io.casework.adapters.rest.http.QueryParams;
import io.casework.adapters.rest.http.RequestBodies;
import io.casework.application.port.in.ApiKeyQueries;
import io.casework.application.port.in.CreateApiKeyUseCase;
import io.casework.application.port.in.RevokeApiKeyUseCase;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An organization's API keys: create (the secret is shown once), list (revoked ones too), revoke. */
@Path("/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
public final class ApiKeyResource {
    private final CreateApiKeyUseCase create;
    private final RevokeApiKeyUseCase revoke;
    private final ApiKeyQueries queries;
    private final IdempotentPosts posts;

    public ApiKeyResource(CreateApiKeyUseCase create, RevokeApiKeyUseCase revoke, ApiKeyQueries queries,
                          IdempotentPosts posts) {
        this.create = create;
        this.revoke = revoke;
        this.queries = queries;
        this.posts = posts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Auth CallerPrincipal caller, @Context ContainerRequestContext request,
                           CreateApiKeyRequest body) {
        String name = RequestBodies.required(body).requiredName();
        return posts.run(request, () -> Response.status(Response.Status.CREATED)
                .entity(CreatedApiKeyResponse.from(create.create(caller.organizationId(), name))).build());
    }

    @GET
    public ListResponse<ApiKeyResponse> list(@Auth CallerPrincipal caller, @QueryParam("limit") String limit,
                                             @QueryParam("cursor") String cursor) {
        return ListResponse.of(queries.list(caller.organizationId(), QueryParams.page(limit, cursor)),
                ApiKeyResponse::from);
    }

    /** Revoking the key that makes the call is allowed: it is refused from the next request on. */
    @DELETE
    @Path("{id}")
    public Response revoke(@Auth CallerPrincipal caller, @PathParam("id") String id) {
        revoke.revoke(caller.organizationId(), PathIds.apiKey(id));
        return Response.noContent().build();
    }
}
