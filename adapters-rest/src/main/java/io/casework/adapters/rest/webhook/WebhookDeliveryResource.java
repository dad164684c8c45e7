package io.casework.adapters.rest.webhook;

import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.http.PathIds;
import io.casework.application.port.in.WebhookEndpointUseCase;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/v1/webhook-deliveries")
@Produces(MediaType.APPLICATION_JSON)
public final class WebhookDeliveryResource {
    private final WebhookEndpointUseCase endpoints;

    public WebhookDeliveryResource(WebhookEndpointUseCase endpoints) {
        this.endpoints = endpoints;
    }

    /** Sends the event again (the same body and event id), whatever became of it: 202, it is queued. */
    @POST
    @Path("{id}/redeliver")
    public Response redeliver(@Auth CallerPrincipal caller, @PathParam("id") String id) {
        return Response.accepted(WebhookDeliveryResponse.from(
                endpoints.redeliver(caller.organizationId(), PathIds.webhookDelivery(id)))).build();
    }
}
