package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.in.UpdateStaffMemberCommand;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffStatus;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** What every page of the dashboard shares: a session to see it, its organization only, and the plan page. */
@ExtendWith(DropwizardExtensionsSupport.class)
class DashboardSessionTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;
    @RegisterExtension
    static final Browser BROWSER = new Browser(APP::getLocalPort);
    private final Dashboard dashboard = new Dashboard(SERVER, BROWSER);

    @Test
    void aPageAskedForWithoutASessionLeadsToSignInAndBack() {
        TestServer.Response response = SERVER.send(null, "GET", "/organization?tab=usage", null, null);

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/sign-in?next=%2Forganization%3Ftab%3Dusage");
        TestServer.Response htmx = SERVER.send(null, "GET", "/organization", null, null, "HX-Request", "true");
        assertThat(htmx.header("HX-Redirect")).isEqualTo("/sign-in?next=%2Forganization");
    }

    @Test
    void theOrganizationPageShowsThePlanAndThisMonthsUsage() {
        Dashboard.Tenant startup = dashboard.organization("Acme Startup", Plan.STARTUP_PROGRAM);
        dashboard.staffMember(startup, "rita@acme.test", "Rita Reviewer", Role.REVIEWER);
        Dashboard.Tenant growth = dashboard.organization("Globex", Plan.GROWTH);
        dashboard.staffMember(growth, "gus@globex.test", "Gus Admin", Role.ADMIN);
        WebDriver page = BROWSER.driver();

        dashboard.signIn("rita@acme.test");
        BROWSER.open("/organization");
        BROWSER.awaitTitle("Organization · Casework");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Acme Startup");
        assertThat(page.findElement(By.id("assign-case-usage")).getText()).isEqualTo("0 of 100");
        assertThat(page.findElement(By.cssSelector(".account-name")).getText()).isEqualTo("Rita Reviewer");
        BROWSER.screenshot("organization");

        dashboard.signIn("gus@globex.test");
        BROWSER.open("/organization");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Globex");
        assertThat(page.findElement(By.id("assign-case-usage")).getText()).isEqualTo("unlimited");
    }

    @Test
    void aDeactivatedMembersSessionEndsAtItsNextRequest() {
        Dashboard.Tenant tenant = dashboard.organization("Initech", Plan.GROWTH);
        StaffMember peter = dashboard.staffMember(tenant, "peter@initech.test", "Peter", Role.REVIEWER);
        dashboard.signIn("peter@initech.test");
        BROWSER.open("/organization");
        BROWSER.awaitTitle("Organization · Casework");

        SERVER.casework().updateStaffMember().update(new UpdateStaffMemberCommand(
                new OrganizationId(tenant.organizationId()), peter.id(), OptionalLong.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(StaffStatus.DEACTIVATED), Optional.empty()));
        BROWSER.open("/organization");

        BROWSER.awaitTitle("Sign in · Casework");
    }

    @Test
    void signingOutInTheBrowserEndsTheSession() {
        Dashboard.Tenant tenant = dashboard.organization("Hooli", Plan.GROWTH);
        dashboard.staffMember(tenant, "gavin@hooli.test", "Gavin", Role.ADMIN);
        dashboard.signIn("gavin@hooli.test");
        BROWSER.open("/organization");

        BROWSER.driver().findElement(By.cssSelector("form[action='/sign-out'] button")).click();

        BROWSER.awaitTitle("Sign in · Casework");
        BROWSER.open("/organization");
        BROWSER.awaitTitle("Sign in · Casework");
    }
}
