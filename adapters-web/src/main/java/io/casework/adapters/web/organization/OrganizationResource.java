package io.casework.adapters.web.organization;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Viewer;
import io.casework.adapters.web.session.AdminOnly;
import io.casework.application.port.in.ChangeOrganizationSettingsCommand;
import io.casework.application.port.in.ChangeOrganizationSettingsUseCase;
import io.casework.application.port.in.OrganizationQueries;
import io.casework.domain.organization.ReassignmentSettings;
import io.casework.domain.organization.ReassignmentSettings.OnUnavailable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in person's organization: its plan, this month's Assign Case usage, and its settings, which admins
 * change in a form (refused input comes back in the form, 422, with the message next to its field).
 */
@Path("/organization")
@Produces(PageView.HTML)
public final class OrganizationResource {
    private final OrganizationQueries organizations;
    private final ChangeOrganizationSettingsUseCase changeSettings;

    public OrganizationResource(OrganizationQueries organizations, ChangeOrganizationSettingsUseCase changeSettings) {
        this.organizations = organizations;
        this.changeSettings = changeSettings;
    }

    @GET
    public OrganizationPage show(@Context SecurityContext security, @QueryParam("saved") String saved) {
        Viewer viewer = Viewer.of(security);
        OrganizationQueries.OrganizationView view = organizations.get(viewer.organizationId());
        return new OrganizationPage(viewer, view, "settings".equals(saved),
                OrganizationPage.SettingsForm.of(view.organization().reassignment()));
    }

    @POST
    @Path("settings")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeSettings(@Context SecurityContext security,
                                   @FormParam("reassign_on_unavailable") String onUnavailable,
                                   @FormParam("reassign_after_hours") String afterHours) {
        Viewer viewer = Viewer.of(security);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<OnUnavailable> on = Arrays.stream(OnUnavailable.values())
                .filter(value -> value.name().toLowerCase(Locale.ROOT).equals(onUnavailable)).findFirst();
        if (on.isEmpty()) {
            errors.put("reassign_on_unavailable", "Choose what happens to the cases.");
        }
        Optional<Integer> hours = hours(afterHours);
        if (hours.isEmpty()) {
            errors.put("reassign_after_hours", "Enter a whole number of hours from 0 to "
                    + ReassignmentSettings.MAX_AFTER_HOURS + ".");
        }
        if (!errors.isEmpty()) {
            OrganizationPage page = new OrganizationPage(viewer, organizations.get(viewer.organizationId()), false,
                    new OrganizationPage.SettingsForm(onUnavailable == null ? "" : onUnavailable,
                            afterHours == null ? "" : afterHours, errors));
            return Response.status(422).entity(page).build();
        }
        changeSettings.change(new ChangeOrganizationSettingsCommand(viewer.organizationId(), on, hours));
        return Response.seeOther(URI.create("/organization?saved=settings")).build();
    }

    private static Optional<Integer> hours(String raw) {
        try {
            int hours = Integer.parseInt(raw == null ? "" : raw.strip());
            return hours >= 0 && hours <= ReassignmentSettings.MAX_AFTER_HOURS ? Optional.of(hours) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
