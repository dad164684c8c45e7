package io.casework.adapters.web.organization;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Viewer;
import io.casework.application.port.in.OrganizationQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** The signed-in person's organization: its plan and this month's Assign Case usage. */
@Path("/organization")
@Produces(PageView.HTML)
public final class OrganizationResource {
    private final OrganizationQueries organizations;

    public OrganizationResource(OrganizationQueries organizations) {
        this.organizations = organizations;
    }

    @GET
    public OrganizationPage show(@Context SecurityContext security) {
        Viewer viewer = Viewer.of(security);
        return new OrganizationPage(viewer, organizations.get(viewer.organizationId()));
    }
}
