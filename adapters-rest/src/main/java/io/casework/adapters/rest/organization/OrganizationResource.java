package io.casework.adapters.rest.organization;

import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.application.port.in.OrganizationQueries;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/v1/organization")
@Produces(MediaType.APPLICATION_JSON)
public final class OrganizationResource {
    private final OrganizationQueries organizations;

    public OrganizationResource(OrganizationQueries organizations) {
        this.organizations = organizations;
    }

    @GET
    public OrganizationResponse get(@Auth CallerPrincipal caller) {
        return OrganizationResponse.from(organizations.get(caller.organizationId()));
    }
}
