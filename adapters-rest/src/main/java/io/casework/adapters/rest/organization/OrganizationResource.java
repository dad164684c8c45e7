package io.casework.adapters.rest.organization;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.application.port.in.ChangeOrganizationSettingsUseCase;
import io.casework.application.port.in.OrganizationQueries;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's organization; API keys act for its admins, so every key may change its settings. */
@Path("/v1/organization")
@Produces(MediaType.APPLICATION_JSON)
public final class OrganizationResource {
    private final OrganizationQueries organizations;
    private final ChangeOrganizationSettingsUseCase changeSettings;

    public OrganizationResource(OrganizationQueries organizations, ChangeOrganizationSettingsUseCase changeSettings) {
        this.organizations = organizations;
        this.changeSettings = changeSettings;
    }

    @GET
    public OrganizationResponse get(@Auth CallerPrincipal caller) {
        return OrganizationResponse.from(organizations.get(caller.organizationId()));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganizationResponse change(@Auth CallerPrincipal caller, JsonNode body) {
        changeSettings.change(OrganizationSettingsRequest.toCommand(body, caller.organizationId()));
        return get(caller);
    }
}
