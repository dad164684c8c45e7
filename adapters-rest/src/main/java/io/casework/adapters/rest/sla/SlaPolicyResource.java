package io.casework.adapters.rest.sla;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.application.port.in.SlaPolicyUseCase;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The organization's SLA policies, replaced as a whole. */
@Path("/v1/sla-policies")
@Produces(MediaType.APPLICATION_JSON)
public final class SlaPolicyResource {
    private final SlaPolicyUseCase policies;

    public SlaPolicyResource(SlaPolicyUseCase policies) {
        this.policies = policies;
    }

    @GET
    public SlaPolicyResponse.Policies list(@Auth CallerPrincipal caller) {
        return SlaPolicyResponse.Policies.from(policies.list(caller.organizationId()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SlaPolicyResponse.Policies replace(@Auth CallerPrincipal caller, JsonNode body) {
        return SlaPolicyResponse.Policies.from(policies.replace(caller.organizationId(),
                SlaPoliciesRequest.drafts(body)));
    }
}
