package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.in.CreateTeamCommand;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The emails as a reviewer opens them: the HTML part of each, read from the outbox on disk and shown in the
 * browser, leads with the subject and the case type and has a button that opens the case page.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class EmailPagesTest {
    static final TestServer SERVER = new TestServer(
            ConfigOverride.config("publicUrl", "https://casework.acme.example"));
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;
    @RegisterExtension
    static final Browser BROWSER = new Browser(APP::getLocalPort);
    private final Dashboard dashboard = new Dashboard(SERVER, BROWSER);

    @TempDir
    Path emails;

    @Test
    void theAssignmentEmailLeadsWithTheSubjectAndTypeAndItsButtonOpensTheCasePage() {
        Dashboard.Tenant tenant = dashboard.organization("Acme Trust & Safety", Plan.GROWTH);
        StaffMember ada = dashboard.staffMember(tenant, "ada@acme-ts.test", "Ada Lovelace", Role.REVIEWER);
        String caseId = newCase(tenant);
        assertThat(SERVER.post(tenant.apiKey(), "/v1/cases/" + caseId + "/assign",
                "{\"assignee_type\":\"individual\",\"assignee_id\":\"" + ada.id().value() + "\"}").status())
                .isEqualTo(200);

        MimeMessage email = SERVER.outbox().next("ada@acme-ts.test");
        assertThat(Outbox.text(email)).contains("Open the case: https://casework.acme.example/cases/" + caseId,
                "because a case at Acme Trust & Safety was assigned to you.");
        WebDriver page = show(Outbox.html(email), "assignment");

        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Grace Hopper");
        assertThat(page.findElement(By.tagName("body")).getText())
                .contains("Casework  ·  Acme Trust & Safety", "ASSIGNED TO YOU", "Account takeover",
                        "High priority", "Hello Ada Lovelace,", "has been assigned to you by the API");
        WebElement button = page.findElement(By.linkText("Open the case"));
        assertThat(button.getAttribute("href")).isEqualTo("https://casework.acme.example/cases/" + caseId);
        assertThat(button.getRect().getWidth()).as("a button, not a bare link").isGreaterThan(120);
        assertThat(page.findElement(By.cssSelector("table[width='600']")).getRect().getWidth())
                .isLessThanOrEqualTo(600);
        BROWSER.screenshot("email-assignment");
    }

    @Test
    void theTeamQueueAndSignInEmailsHaveTheirButtons() {
        Dashboard.Tenant tenant = dashboard.organization("Globex Risk", Plan.GROWTH);
        StaffMember lenny = dashboard.staffMember(tenant, "lenny@globex-risk.test", "Lenny Leonard", Role.REVIEWER);
        Team team = SERVER.casework().createTeam().create(new CreateTeamCommand(
                new OrganizationId(tenant.organizationId()), "Fraud (Tier 2)", List.of(lenny.id().value())));
        String caseId = newCase(tenant);
        SERVER.post(tenant.apiKey(), "/v1/cases/" + caseId + "/assign",
                "{\"assignee_type\":\"team\",\"assignee_id\":\"" + team.id().value() + "\"}");

        WebDriver page = show(Outbox.html(SERVER.outbox().next("lenny@globex-risk.test")), "team-queue");
        assertThat(page.findElement(By.tagName("body")).getText())
                .contains("NEW IN YOUR TEAM'S QUEUE · FRAUD (TIER 2)", "assigned to your team, Fraud (Tier 2), by");
        assertThat(page.findElement(By.linkText("Open the case")).getAttribute("href")).endsWith("/cases/" + caseId);
        BROWSER.screenshot("email-team-queue");

        SERVER.casework().signInLinks().request(new Email("lenny@globex-risk.test"));
        page = show(Outbox.html(SERVER.outbox().next("lenny@globex-risk.test")), "sign-in");
        assertThat(page.findElement(By.linkText("Sign in to Casework")).getAttribute("href")).contains("/sign-in/");
        assertThat(page.findElement(By.tagName("body")).getText()).contains("sign in to Casework at Globex Risk",
                "expires after 15 minutes", "If you didn't ask to sign in, ignore this email");
        BROWSER.screenshot("email-sign-in");
    }

    private static String newCase(Dashboard.Tenant tenant) {
        return SERVER.post(tenant.apiKey(), "/v1/cases", "{\"case_type\":\"account_takeover\",\"priority\":\"high\","
                + "\"subject\":{\"reference_id\":\"user-4821\",\"name\":\"Grace Hopper\","
                + "\"email\":\"grace@example.com\"}}").body().get("id").asText();
    }

    /** The HTML part as a file the browser opens, as a mail client shows it: no server, no stylesheet. */
    private WebDriver show(String html, String name) {
        try {
            Path file = Files.writeString(emails.resolve(name + ".html"), html, StandardCharsets.UTF_8);
            BROWSER.driver().get(file.toUri().toString());
            return BROWSER.driver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
