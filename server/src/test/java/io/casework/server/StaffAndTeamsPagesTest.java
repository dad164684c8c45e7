package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.PageRequest;
import io.casework.application.port.in.CreateTeamCommand;
import io.casework.application.port.in.UpdateStaffMemberCommand;
import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffStatus;
import io.casework.domain.assignee.Team;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The admins' pages for people, in the browser: staff members and teams, their errors, and who may use them. */
@ExtendWith(DropwizardExtensionsSupport.class)
class StaffAndTeamsPagesTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;
    @RegisterExtension
    static final Browser BROWSER = new Browser(APP::getLocalPort);
    private final Dashboard dashboard = new Dashboard(SERVER, BROWSER);

    @Test
    void anAdminAddsAStaffMemberThenChangesRoleAvailabilityAndCapacityAndDeactivatesThem() {
        Dashboard.Tenant tenant = dashboard.organization("Acme Trust & Safety", Plan.GROWTH);
        dashboard.staffMember(tenant, "ada@acme.test", "Ada Lovelace", Role.ADMIN);
        StaffMember grace = dashboard.staffMember(tenant, "grace@acme.test", "Grace Hopper", Role.REVIEWER);
        StaffMember alan = dashboard.staffMember(tenant, "alan@acme.test", "Alan Turing", Role.REVIEWER);
        update(tenant, grace, cmd -> new UpdateStaffMemberCommand(cmd.organizationId(), cmd.id(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Availability.AWAY), Optional.empty(),
                Optional.of(Optional.of(8))));
        update(tenant, alan, cmd -> new UpdateStaffMemberCommand(cmd.organizationId(), cmd.id(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(StaffStatus.DEACTIVATED),
                Optional.empty()));
        WebDriver page = BROWSER.driver();
        dashboard.signIn("ada@acme.test");

        BROWSER.open("/staff");
        BROWSER.awaitTitle("Staff · Casework");
        page.findElement(By.id("email")).sendKeys("katherine@acme.test");
        page.findElement(By.id("name")).sendKeys("Katherine Johnson");
        new Select(page.findElement(By.id("role"))).selectByVisibleText("Reviewer");
        page.findElement(By.cssSelector("form[action='/staff'] button[type=submit]")).click();

        assertThat(page.findElement(By.cssSelector(".notice")).getText())
                .contains("Katherine Johnson was added");
        WebElement row = row("Katherine Johnson");
        assertThat(row.getText()).contains("katherine@acme.test", "Reviewer", "Active", "Available", "No limit");
        assertThat(row("Grace Hopper").getText()).contains("Away", "8");
        assertThat(row("Alan Turing").getText()).contains("Deactivated");
        BROWSER.screenshot("staff");

        row.findElement(By.linkText("Katherine Johnson")).click();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Katherine Johnson");
        new Select(page.findElement(By.id("role"))).selectByVisibleText("Admin");
        new Select(page.findElement(By.id("availability"))).selectByVisibleText("Away");
        page.findElement(By.id("max_active_cases")).sendKeys("-3");
        page.findElement(By.xpath("//button[text()='Save changes']")).click();

        assertThat(page.findElement(By.id("capacity-error")).getText())
                .isEqualTo("Enter a whole number of at least 1, or leave it empty for no limit.");
        assertThat(page.findElement(By.id("max_active_cases")).getAttribute("value")).isEqualTo("-3");
        assertThat(new Select(page.findElement(By.id("role"))).getFirstSelectedOption().getText()).isEqualTo("Admin");
        assertThat(new Select(page.findElement(By.id("availability"))).getFirstSelectedOption().getText())
                .isEqualTo("Away");
        BROWSER.screenshot("staff-member-invalid");
        page.findElement(By.id("max_active_cases")).clear();
        page.findElement(By.id("max_active_cases")).sendKeys("5");
        page.findElement(By.id("email")).clear();
        page.findElement(By.id("email")).sendKeys("ADA@acme.test");
        page.findElement(By.xpath("//button[text()='Save changes']")).click();

        assertThat(page.findElement(By.id("email-error")).getText())
                .isEqualTo("A staff member with this email address already exists.");
        assertThat(page.findElement(By.id("max_active_cases")).getAttribute("value")).isEqualTo("5");
        page.findElement(By.id("email")).clear();
        page.findElement(By.id("email")).sendKeys("katherine.johnson@acme.test");
        page.findElement(By.xpath("//button[text()='Save changes']")).click();

        assertThat(page.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Changes saved.");
        assertThat(page.findElement(By.cssSelector(".page-head .muted")).getText())
                .startsWith("katherine.johnson@acme.test");
        StaffMember katherine = member(tenant, "katherine.johnson@acme.test");
        assertThat(katherine.role()).isEqualTo(Role.ADMIN);
        assertThat(katherine.availability()).isEqualTo(Availability.AWAY);
        assertThat(katherine.maxActiveCases()).isEqualTo(5);
        assertThat(page.findElement(By.id("max_active_cases")).getAttribute("value")).isEqualTo("5");

        page.findElement(By.xpath("//button[text()='Deactivate']")).click();
        assertThat(page.findElement(By.id("member-status")).getText()).isEqualTo("Deactivated");
        assertThat(member(tenant, "katherine.johnson@acme.test").status()).isEqualTo(StaffStatus.DEACTIVATED);
    }

    @Test
    void theAddFormShowsEachErrorNextToItsFieldAndKeepsWhatWasEntered() {
        Dashboard.Tenant tenant = dashboard.organization("Initech", Plan.GROWTH);
        dashboard.staffMember(tenant, "bill@initech.test", "Bill Lumbergh", Role.ADMIN);
        dashboard.staffMember(tenant, "milton@initech.test", "Milton", Role.REVIEWER);
        WebDriver page = BROWSER.driver();
        dashboard.signIn("bill@initech.test");
        BROWSER.open("/staff");

        page.findElement(By.id("email")).sendKeys("not-an-address");
        new Select(page.findElement(By.id("role"))).selectByVisibleText("Admin");
        page.findElement(By.cssSelector("form[action='/staff'] button[type=submit]")).click();

        assertThat(page.findElement(By.id("email-error")).getText())
                .isEqualTo("Enter an email address like name@example.com.");
        assertThat(page.findElement(By.id("name-error")).getText()).isEqualTo("Enter a name.");
        assertThat(page.findElement(By.id("email")).getAttribute("value")).isEqualTo("not-an-address");
        assertThat(page.findElement(By.id("email")).getAttribute("aria-describedby")).isEqualTo("email-error");
        assertThat(new Select(page.findElement(By.id("role"))).getFirstSelectedOption().getText()).isEqualTo("Admin");

        page.findElement(By.id("email")).clear();
        page.findElement(By.id("email")).sendKeys("MILTON@initech.test");
        page.findElement(By.id("name")).sendKeys("Milton Waddams");
        page.findElement(By.cssSelector("form[action='/staff'] button[type=submit]")).click();

        assertThat(page.findElement(By.id("email-error")).getText())
                .isEqualTo("A staff member with this email address already exists.");
        assertThat(page.findElement(By.id("name")).getAttribute("value")).isEqualTo("Milton Waddams");
        assertThat(page.findElements(By.id("name-error"))).isEmpty();
        assertThat(staff(tenant)).hasSize(2);

        String session = page.manage().getCookieNamed("casework_session").getValue();
        String csrf = dashboard.csrfToken();
        assertThat(post(session, "/staff", "csrf=" + csrf + "&email=x&name=X&role=reviewer").status()).isEqualTo(422);
        assertThat(post(session, "/staff", "csrf=" + csrf + "&email=milton%40initech.test&name=M&role=reviewer")
                .status()).isEqualTo(409);
        String id = member(tenant, "milton@initech.test").id().value();
        TestServer.Response negative = post(session, "/staff/" + id, "csrf=" + csrf
                + "&version=1&name=Milton&role=reviewer&availability=available&max_active_cases=-1");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.raw().body()).contains("id=\"capacity-error\"", "value=\"-1\"");
        TestServer.Response emptyName = post(session, "/staff/" + id, "csrf=" + csrf
                + "&version=1&name=+&role=reviewer&availability=available&max_active_cases=");
        assertThat(emptyName.status()).isEqualTo(422);
        assertThat(emptyName.raw().body()).contains("<p class=\"field-error\" id=\"name-error\">Enter a name.</p>");
        assertThat(post(session, "/staff/" + id, "csrf=" + csrf + "&version=x&name=M&role=reviewer")
                .status()).as("a form without its version").isEqualTo(400);
        assertThat(member(tenant, "milton@initech.test").name()).isEqualTo("Milton");
    }

    @Test
    void aStaleFormSaysTheMemberChangedMeanwhileAndOverwritesNothing() {
        Dashboard.Tenant tenant = dashboard.organization("Hooli", Plan.GROWTH);
        dashboard.staffMember(tenant, "gavin@hooli.test", "Gavin Belson", Role.ADMIN);
        StaffMember richard = dashboard.staffMember(tenant, "richard@hooli.test", "Richard", Role.REVIEWER);
        WebDriver page = BROWSER.driver();
        dashboard.signIn("gavin@hooli.test");
        BROWSER.open("/staff/" + richard.id().value());

        update(tenant, richard, cmd -> new UpdateStaffMemberCommand(cmd.organizationId(), cmd.id(),
                OptionalLong.empty(), Optional.of("Richard Hendricks"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        page.findElement(By.xpath("//button[text()='Deactivate']")).click();

        assertThat(page.findElement(By.cssSelector(".notice-warning")).getText())
                .contains("This staff member was changed meanwhile");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Richard Hendricks");
        assertThat(member(tenant, "richard@hooli.test").status()).isEqualTo(StaffStatus.ACTIVE);

        page.findElement(By.xpath("//button[text()='Deactivate']")).click();
        assertThat(page.findElement(By.id("member-status")).getText()).isEqualTo("Deactivated");
    }

    @Test
    void anAdminCreatesATeamWithTwoMembersAndChangesItsMembers() {
        Dashboard.Tenant tenant = dashboard.organization("Globex", Plan.GROWTH);
        dashboard.staffMember(tenant, "hank@globex.test", "Hank Scorpio", Role.ADMIN);
        StaffMember homer = dashboard.staffMember(tenant, "homer@globex.test", "Homer Simpson", Role.REVIEWER);
        StaffMember lenny = dashboard.staffMember(tenant, "lenny@globex.test", "Lenny Leonard", Role.REVIEWER);
        StaffMember carl = dashboard.staffMember(tenant, "carl@globex.test", "Carl Carlson", Role.REVIEWER);
        SERVER.casework().createTeam().create(new CreateTeamCommand(new OrganizationId(tenant.organizationId()),
                "Fraud (Tier 2)", List.of(carl.id().value(), lenny.id().value())));
        WebDriver page = BROWSER.driver();
        dashboard.signIn("hank@globex.test");
        BROWSER.open("/teams");

        page.findElement(By.cssSelector("form[action='/teams'] button[type=submit]")).click();
        assertThat(page.findElement(By.id("name-error")).getText()).isEqualTo("Enter a name for the team.");

        page.findElement(By.id("name")).sendKeys("Account takeover");
        page.findElement(By.id("member-" + homer.id().value())).click();
        page.findElement(By.id("member-" + lenny.id().value())).click();
        page.findElement(By.cssSelector("form[action='/teams'] button[type=submit]")).click();

        assertThat(page.findElement(By.cssSelector(".notice")).getText()).contains("Account takeover was created");
        WebElement row = row("Account takeover");
        assertThat(row.findElement(By.cssSelector(".team-members")).getText())
                .isEqualTo("Homer Simpson, Lenny Leonard");
        assertThat(row("Fraud (Tier 2)").getText()).contains("Carl Carlson, Lenny Leonard", "2 members");
        BROWSER.screenshot("teams");

        row.findElement(By.linkText("Account takeover")).click();
        assertThat(page.findElement(By.id("member-" + homer.id().value())).isSelected()).isTrue();
        page.findElement(By.id("member-" + homer.id().value())).click();
        page.findElement(By.id("member-" + carl.id().value())).click();
        page.findElement(By.id("name")).clear();
        page.findElement(By.id("name")).sendKeys("Account takeover (EU)");
        page.findElement(By.xpath("//button[text()='Save changes']")).click();

        assertThat(page.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Changes saved.");
        assertThat(page.findElement(By.id("team-members")).getText()).isEqualTo("Lenny Leonard\nCarl Carlson");
        Team saved = SERVER.casework().teams().list(new OrganizationId(tenant.organizationId()),
                PageRequest.first(10)).items().stream().filter(t -> t.name().equals("Account takeover (EU)"))
                .findFirst().orElseThrow();
        assertThat(saved.memberIds()).containsExactly(lenny.id(), carl.id());
        BROWSER.screenshot("team");
    }

    @Test
    void aReviewerGetsTheForbiddenPageAndAnotherOrganizationsIdsAreNotFound() {
        Dashboard.Tenant tenant = dashboard.organization("Umbrella", Plan.GROWTH);
        dashboard.staffMember(tenant, "alice@umbrella.test", "Alice", Role.REVIEWER);
        dashboard.staffMember(tenant, "wesker@umbrella.test", "Albert Wesker", Role.ADMIN);
        Dashboard.Tenant other = dashboard.organization("Tricell", Plan.GROWTH);
        StaffMember outsider = dashboard.staffMember(other, "excella@tricell.test", "Excella", Role.REVIEWER);
        Team otherTeam = SERVER.casework().createTeam().create(new CreateTeamCommand(
                new OrganizationId(other.organizationId()), "Research", List.of()));
        WebDriver page = BROWSER.driver();

        dashboard.signIn("alice@umbrella.test");
        for (String path : List.of("/staff", "/teams", "/staff/" + outsider.id().value())) {
            BROWSER.open(path);
            assertThat(page.findElement(By.tagName("h1")).getText()).as(path)
                    .isEqualTo("You don't have access to this page");
        }

        dashboard.signIn("wesker@umbrella.test");
        BROWSER.open("/staff/" + outsider.id().value());
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        BROWSER.open("/teams/" + otherTeam.id().value());
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        String session = page.manage().getCookieNamed("casework_session").getValue();
        assertThat(SERVER.send(null, "GET", "/staff/" + outsider.id().value(), null, null,
                "Cookie", "casework_session=" + session).status()).isEqualTo(404);
        BROWSER.open("/staff/not-an-id");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("That didn't work");

        BROWSER.open("/teams");
        TestServer.Response foreignMember = post(session, "/teams", "csrf=" + dashboard.csrfToken()
                + "&name=Lab&member=" + outsider.id().value());
        assertThat(foreignMember.status()).isEqualTo(422);
        assertThat(foreignMember.raw().body()).contains("id=\"members-error\"", "value=\"Lab\"");
        assertThat(SERVER.casework().teams().list(new OrganizationId(tenant.organizationId()), PageRequest.first(10))
                .items()).as("no team made with another organization's member").isEmpty();
    }

    @Test
    void aPostWithoutTheFormsCsrfTokenIsRefusedAndChangesNothing() {
        Dashboard.Tenant tenant = dashboard.organization("Cyberdyne", Plan.GROWTH);
        dashboard.staffMember(tenant, "miles@cyberdyne.test", "Miles Dyson", Role.ADMIN);
        StaffMember sarah = dashboard.staffMember(tenant, "sarah@cyberdyne.test", "Sarah", Role.REVIEWER);
        dashboard.signIn("miles@cyberdyne.test");
        BROWSER.open("/staff");
        String session = BROWSER.driver().manage().getCookieNamed("casework_session").getValue();

        TestServer.Response added = post(session, "/staff", "email=t800%40cyberdyne.test&name=T-800&role=admin");
        TestServer.Response deactivated = post(session, "/staff/" + sarah.id().value() + "/deactivate",
                "csrf=forged&version=1");
        TestServer.Response team = post(session, "/teams", "name=Skynet&member=" + sarah.id().value());

        assertThat(List.of(added.status(), deactivated.status(), team.status())).containsOnly(403);
        assertThat(added.raw().body()).contains("This form has expired");
        assertThat(staff(tenant)).extracting(StaffMember::name).containsExactlyInAnyOrder("Miles Dyson", "Sarah");
        assertThat(member(tenant, "sarah@cyberdyne.test").status()).isEqualTo(StaffStatus.ACTIVE);
        assertThat(SERVER.casework().teams().list(new OrganizationId(tenant.organizationId()), PageRequest.first(10))
                .items()).isEmpty();
    }

    private static TestServer.Response post(String session, String path, String form) {
        return SERVER.send(null, "POST", path, form, "application/x-www-form-urlencoded",
                "Cookie", "casework_session=" + session);
    }

    private WebElement row(String name) {
        return BROWSER.driver().findElement(By.xpath("//table[contains(@class,'list')]//tr[.//a[text()="
                + xpathLiteral(name) + "]]"));
    }

    private static String xpathLiteral(String value) {
        return "'" + value + "'";
    }

    private static List<StaffMember> staff(Dashboard.Tenant tenant) {
        return SERVER.casework().staffMembers().list(new OrganizationId(tenant.organizationId()),
                PageRequest.first(100)).items();
    }

    private static StaffMember member(Dashboard.Tenant tenant, String email) {
        return staff(tenant).stream().filter(m -> m.email().value().equals(email)).findFirst().orElseThrow();
    }

    private static void update(Dashboard.Tenant tenant, StaffMember member,
                               java.util.function.UnaryOperator<UpdateStaffMemberCommand> change) {
        UpdateStaffMemberCommand base = new UpdateStaffMemberCommand(new OrganizationId(tenant.organizationId()),
                member.id(), OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        SERVER.casework().updateStaffMember().update(change.apply(base));
    }
}
