package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateOrganizationUseCase.CreatedOrganization;
import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import java.net.URI;
import org.openqa.selenium.By;

/**
 * What the browser tests of the dashboard set up: organizations with staff, and a person signed in in the
 * browser by a fresh sign-in link, as {@code sign-in-link --email} gives an operator.
 */
final class Dashboard {
    private final TestServer server;
    private final Browser browser;

    Dashboard(TestServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    /** A new organization with the API key its back office uses. */
    Tenant organization(String name, Plan plan) {
        CreatedOrganization created = server.casework().createOrganization()
                .create(new CreateOrganizationCommand(name, plan));
        return new Tenant(created.organizationId().value(), created.apiKey());
    }

    StaffMember staffMember(Tenant tenant, String email, String name, Role role) {
        return server.casework().createStaffMember().create(new CreateStaffMemberCommand(
                new OrganizationId(tenant.organizationId()), new Email(email), name, role));
    }

    /** Signs the browser in as the active staff member with this address (ending any earlier session). */
    void signIn(String email) {
        browser.driver().manage().deleteAllCookies();
        String url = server.casework().signInLinks().issue(new Email(email)).get(0).url();
        browser.open(URI.create(url).getRawPath());
        assertThat(browser.driver().manage().getCookieNamed("casework_session")).as("signed in").isNotNull();
    }

    /** The CSRF token of the page open in the browser, as its forms carry it. */
    String csrfToken() {
        return browser.driver().findElement(By.cssSelector("input[name=csrf]")).getAttribute("value");
    }

    record Tenant(String organizationId, String apiKey) {
    }
}
