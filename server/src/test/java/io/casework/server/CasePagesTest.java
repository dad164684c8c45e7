package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.application.port.in.CreateTeamCommand;
import io.casework.application.port.in.UpdateStaffMemberCommand;
import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The case pages in a real browser on the real server: the lists, the page the assignment email links to, and
 * working a case from it through the same use cases as the API.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CasePagesTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;
    @RegisterExtension
    static final Browser BROWSER = new Browser(APP::getLocalPort);
    private static final Pattern CASE_LINK = Pattern.compile("https?://\\S+?(/cases/case_[A-Za-z0-9]+)");
    private final Dashboard dashboard = new Dashboard(SERVER, BROWSER);
    private final WebDriver page = BROWSER.driver();

    @Test
    void theAssigneeFindsTheCaseUnderMyCasesOpensTheEmailedLinkAndResolvesIt() throws Exception {
        Dashboard.Tenant acme = dashboard.organization("Acme", Plan.GROWTH);
        StaffMember rita = dashboard.staffMember(acme, "rita@acme.test", "Rita Reviewer", Role.REVIEWER);
        String caseId = newCase(acme, "account_takeover", "high", "Ada Lovelace");
        assign(acme, caseId, "individual", rita.id().value(), null);
        String path = caseLinkIn(SERVER.outbox().next("rita@acme.test"));
        assertThat(path).isEqualTo("/cases/" + caseId);

        dashboard.signIn("rita@acme.test");
        BROWSER.open("/");
        BROWSER.awaitTitle("My cases · Casework");
        WebElement link = page.findElement(By.linkText("Ada Lovelace"));
        assertThat(link.getAttribute("href")).endsWith("/cases/" + caseId);
        BROWSER.open(path);
        assertThat(text("case-subject")).isEqualTo("Ada Lovelace");
        assertThat(text("case-assignee")).isEqualTo("Rita Reviewer");
        assertThat(text("case-assigned-by")).isEqualTo("API key " + keyId(acme, caseId));
        page.findElement(By.id("resolution")).sendKeys("approved");
        page.findElement(By.id("resolve")).click();

        assertThat(text("notice")).isEqualTo("The case is resolved.");
        assertThat(text("case-status")).isEqualTo("Resolved");
        assertThat(text("case-resolution")).isEqualTo("approved");
        JsonNode stored = SERVER.get(acme.apiKey(), "/v1/cases/" + caseId).body();
        assertThat(stored.get("status").asText()).isEqualTo("resolved");
        assertThat(stored.get("resolution").asText()).isEqualTo("approved");
        JsonNode events = SERVER.get(acme.apiKey(), "/v1/cases/" + caseId + "/events").body().get("data");
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("case.resolved");
        assertThat(last.at("/actor/type").asText()).isEqualTo("staff_member");
        assertThat(last.at("/actor/id").asText()).isEqualTo(rita.id().value());
    }

    @Test
    void aTeamQueuedCaseIsClaimedFromTheTeamQueueIntoMyCases() {
        Dashboard.Tenant acme = dashboard.organization("Acme Queue", Plan.GROWTH);
        StaffMember rita = dashboard.staffMember(acme, "rita@queue.test", "Rita Reviewer", Role.REVIEWER);
        StaffMember sam = dashboard.staffMember(acme, "sam@queue.test", "Sam Second", Role.REVIEWER);
        Team fraud = team(acme, "Fraud", rita, sam);
        String caseId = newCase(acme, "fraud", "urgent", "Grace Hopper");
        assign(acme, caseId, "team", fraud.id().value(), "team_queue");

        dashboard.signIn("rita@queue.test");
        BROWSER.open("/cases/mine");
        assertThat(page.findElements(By.linkText("Grace Hopper"))).isEmpty();
        BROWSER.open("/cases/queue");
        BROWSER.awaitTitle("Team queue · Casework");
        page.findElement(By.linkText("Grace Hopper")).click();
        assertThat(text("case-assignee")).isEqualTo("team Fraud");
        assertThat(text("why")).contains("Sent to the queue of team Fraud", "Rita Reviewer", "Sam Second");
        page.findElement(By.id("claim")).click();

        assertThat(text("notice")).isEqualTo("You claimed this case: it is now yours.");
        assertThat(text("case-assignee")).isEqualTo("Rita Reviewer");
        BROWSER.open("/cases/queue");
        assertThat(page.findElements(By.linkText("Grace Hopper"))).isEmpty();
        assertThat(text("cases-empty")).contains("Nothing is waiting to be claimed");
        BROWSER.open("/cases/mine");
        assertThat(page.findElements(By.linkText("Grace Hopper"))).hasSize(1);
        JsonNode events = SERVER.get(acme.apiKey(), "/v1/cases/" + caseId + "/events").body().get("data");
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("case.assigned");
        assertThat(last.at("/actor/type").asText()).isEqualTo("staff_member");
        assertThat(last.at("/actor/id").asText()).isEqualTo(rita.id().value());
    }

    @Test
    void assigningFromThePageToATeamPicksByItsStrategyAndEmailsThePickNamingWhoAssigned() {
        Dashboard.Tenant acme = dashboard.organization("Acme Assign", Plan.GROWTH);
        dashboard.staffMember(acme, "rita@assign.test", "Rita Reviewer", Role.REVIEWER);
        StaffMember sam = dashboard.staffMember(acme, "sam@assign.test", "Sam Second", Role.REVIEWER);
        Team kyc = team(acme, "KYC", sam);
        String caseId = newCase(acme, "kyc", "normal", "Frances Allen");
        dashboard.signIn("rita@assign.test");
        BROWSER.open("/cases/" + caseId);

        page.findElement(By.cssSelector("details.advanced summary")).click();
        new org.openqa.selenium.support.ui.Select(page.findElement(By.id("assignee-type"))).selectByVisibleText("Team");
        new org.openqa.selenium.support.ui.Select(page.findElement(By.id("assignee"))).selectByVisibleText("KYC");
        new org.openqa.selenium.support.ui.Select(page.findElement(By.id("team-strategy")))
                .selectByVisibleText("Round robin");
        page.findElement(By.id("assign")).click();

        assertThat(text("notice")).isEqualTo("The case was assigned.");
        assertThat(text("case-assignee")).isEqualTo("Sam Second");
        assertThat(text("case-assigned-by")).isEqualTo("Rita Reviewer");
        assertThat(text("why")).contains("Round robin in team KYC", "Picked");
        assertThat(Outbox.text(SERVER.outbox().next("sam@assign.test")))
                .contains("assigned to you by Rita Reviewer", "/cases/" + caseId);
        JsonNode stored = SERVER.get(acme.apiKey(), "/v1/cases/" + caseId).body();
        assertThat(stored.at("/assignee/id").asText()).isEqualTo(sam.id().value());
        assertThat(stored.at("/assignee/assigned_by/type").asText()).isEqualTo("staff_member");
        assertThat(kyc.memberIds()).containsExactly(sam.id());
    }

    @Test
    void aFormOnACaseThatChangedMeanwhileChangesNothingAndShowsTheNewState() {
        Dashboard.Tenant acme = dashboard.organization("Acme Stale", Plan.GROWTH);
        StaffMember rita = dashboard.staffMember(acme, "rita@stale.test", "Rita Reviewer", Role.REVIEWER);
        String caseId = newCase(acme, "kyc", "normal", "Alan Turing");
        assign(acme, caseId, "individual", rita.id().value(), null);
        dashboard.signIn("rita@stale.test");
        BROWSER.open("/cases/" + caseId);
        assertThat(text("case-priority")).isEqualTo("Normal");

        assertThat(SERVER.send(acme.apiKey(), "PATCH", "/v1/cases/" + caseId, "{\"priority\":\"urgent\"}",
                "application/json").status()).isEqualTo(200);
        page.findElement(By.id("resolution")).sendKeys("approved");
        page.findElement(By.id("resolve")).click();

        assertThat(text("notice")).startsWith("This case changed while you were looking at it");
        assertThat(text("case-priority")).isEqualTo("Urgent");
        assertThat(text("case-status")).isEqualTo("Open");
        JsonNode stored = SERVER.get(acme.apiKey(), "/v1/cases/" + caseId).body();
        assertThat(stored.get("status").asText()).isEqualTo("open");
        assertThat(stored.get("priority").asText()).isEqualTo("urgent");
    }

    @Test
    void anAssignFromAnOutOfDatePageIsAConflictAndAssignsNobody() {
        Dashboard.Tenant acme = dashboard.organization("Acme Stale Assign", Plan.GROWTH);
        StaffMember rita = dashboard.staffMember(acme, "rita@stale-assign.test", "Rita Reviewer", Role.REVIEWER);
        StaffMember sam = dashboard.staffMember(acme, "sam@stale-assign.test", "Sam Second", Role.REVIEWER);
        String caseId = newCase(acme, "kyc", "low", "Edsger Dijkstra");
        assign(acme, caseId, "individual", rita.id().value(), null);
        dashboard.signIn("rita@stale-assign.test");
        BROWSER.open("/cases/" + caseId);
        String version = page.findElement(By.cssSelector("form[action$='/assign'] input[name=version]"))
                .getAttribute("value");
        assertThat(SERVER.post(acme.apiKey(), "/v1/cases/" + caseId + "/unassign", null).status()).isEqualTo(200);

        TestServer.Response response = postForm("/cases/" + caseId + "/assign", "csrf", dashboard.csrfToken(),
                "version", version, "assignee_type", "individual", "assignee_id", sam.id().value());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.raw().body()).contains("This case changed while you were looking at it",
                "Nobody holds this case.");
        assertThat(SERVER.get(acme.apiKey(), "/v1/cases/" + caseId).body().get("assignee").isNull()).isTrue();
    }

    @Test
    void aRefusedAssignmentIsANoticeOnThePage() {
        Dashboard.Tenant acme = dashboard.organization("Acme Refusal", Plan.GROWTH);
        StaffMember rita = dashboard.staffMember(acme, "rita@refusal.test", "Rita Reviewer", Role.REVIEWER);
        StaffMember sam = dashboard.staffMember(acme, "sam@refusal.test", "Sam Away", Role.REVIEWER);
        away(acme, sam);
        Team ops = team(acme, "Ops", sam);
        String caseId = newCase(acme, "kyc", "low", "Barbara Liskov");
        assign(acme, caseId, "individual", rita.id().value(), null);
        dashboard.signIn("rita@refusal.test");
        BROWSER.open("/cases/" + caseId);
        String version = page.findElement(By.cssSelector("form[action$='/assign'] input[name=version]"))
                .getAttribute("value");

        TestServer.Response toTeam = postForm("/cases/" + caseId + "/assign", "csrf", dashboard.csrfToken(),
                "version", version, "assignee_type", "team", "assignee_id", ops.id().value(),
                "team_strategy", "round_robin");
        TestServer.Response mismatched = postForm("/cases/" + caseId + "/assign", "csrf", dashboard.csrfToken(),
                "version", version, "assignee_type", "individual", "assignee_id", ops.id().value());

        assertThat(toTeam.status()).isEqualTo(409);
        assertThat(toTeam.raw().body()).contains("Nobody in that team can take the case now");
        assertThat(mismatched.status()).isEqualTo(422);
        assertThat(mismatched.raw().body()).contains("choose a staff member, not a team");
        assertThat(SERVER.get(acme.apiKey(), "/v1/cases/" + caseId).body().at("/assignee/id").asText())
                .isEqualTo(rita.id().value());
    }

    @Test
    void aSubjectNameOfMarkupShowsAsTextInTheListAndOnTheCasePage() {
        Dashboard.Tenant acme = dashboard.organization("Acme XSS", Plan.GROWTH);
        StaffMember rita = dashboard.staffMember(acme, "rita@xss.test", "Rita Reviewer", Role.REVIEWER);
        String markup = "<script>alert(1)</script>";
        String caseId = newCase(acme, "fraud", "high", markup);
        assign(acme, caseId, "individual", rita.id().value(), null);
        dashboard.signIn("rita@xss.test");

        BROWSER.open("/cases/mine");
        assertThat(page.findElement(By.cssSelector("#cases a.case-link")).getText()).isEqualTo(markup);
        assertNoScriptFrom();
        BROWSER.open("/cases/" + caseId);
        assertThat(text("case-subject")).isEqualTo(markup);
        assertThat(page.getTitle()).startsWith(markup);
        assertNoScriptFrom();
    }

    private void assertNoScriptFrom() {
        assertThat(page.findElements(By.xpath("//script[contains(., 'alert(1)')]"))).isEmpty();
        assertThatThrownBy(() -> page.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void aCaseActionWithoutTheFormsCsrfTokenIsRefusedAndChangesNothing() {
        Dashboard.Tenant acme = dashboard.organization("Acme CSRF", Plan.GROWTH);
        StaffMember rita = dashboard.staffMember(acme, "rita@csrf.test", "Rita Reviewer", Role.REVIEWER);
        String caseId = newCase(acme, "fraud", "high", "Margaret Hamilton");
        assign(acme, caseId, "individual", rita.id().value(), null);
        dashboard.signIn("rita@csrf.test");
        BROWSER.open("/cases/" + caseId);
        String version = page.findElement(By.cssSelector("form[action$='/resolve'] input[name=version]"))
                .getAttribute("value");

        TestServer.Response without = postForm("/cases/" + caseId + "/resolve", "version", version,
                "resolution", "approved");
        TestServer.Response wrong = postForm("/cases/" + caseId + "/resolve", "csrf", "not-the-token",
                "version", version, "resolution", "approved");
        TestServer.Response unassign = postForm("/cases/" + caseId + "/unassign", "csrf", "", "version", version);

        assertThat(List.of(without.status(), wrong.status(), unassign.status())).containsOnly(403);
        assertThat(wrong.raw().body()).contains("This form has expired");
        JsonNode stored = SERVER.get(acme.apiKey(), "/v1/cases/" + caseId).body();
        assertThat(stored.get("status").asText()).isEqualTo("open");
        assertThat(stored.at("/assignee/id").asText()).isEqualTo(rita.id().value());
    }

    @Test
    void anotherOrganizationsCaseAndAMalformedIdAreNotFoundAndAReviewerMayNotListAllCases() {
        Dashboard.Tenant acme = dashboard.organization("Acme 404", Plan.GROWTH);
        dashboard.staffMember(acme, "rita@404.test", "Rita Reviewer", Role.REVIEWER);
        Dashboard.Tenant globex = dashboard.organization("Globex 404", Plan.GROWTH);
        String theirs = newCase(globex, "fraud", "high", "Not Yours");
        dashboard.signIn("rita@404.test");
        BROWSER.open("/cases/mine");
        String csrf = dashboard.csrfToken();

        BROWSER.open("/cases/" + theirs);
        BROWSER.awaitTitle("Page not found · Casework");
        assertThat(page.getPageSource()).doesNotContain("Not Yours");
        assertThat(get("/cases/" + theirs).status()).isEqualTo(404);
        assertThat(get("/cases/not-a-case-id").status()).isEqualTo(404);
        assertThat(get("/cases/case_%00").status()).isIn(400, 404);
        assertThat(postForm("/cases/" + theirs + "/claim", "csrf", csrf, "version", "1").status())
                .isEqualTo(404);
        assertThat(get("/cases/mine?priority=extreme&type=Not+A+Type").status()).isEqualTo(400);
        assertThat(get("/cases/mine?cursor=%25%25").status()).isEqualTo(400);

        BROWSER.open("/cases");
        BROWSER.awaitTitle("You don't have access to this page · Casework");
        assertThat(get("/cases").status()).isEqualTo(403);
    }

    @Test
    void theListsFilterAndPageAndTheCasePageExplainsARoundRobinPick() throws Exception {
        Dashboard.Tenant acme = dashboard.organization("Acme Screens", Plan.GROWTH);
        StaffMember ada = dashboard.staffMember(acme, "ada@screens.test", "Ada Admin", Role.ADMIN);
        StaffMember rita = dashboard.staffMember(acme, "rita@screens.test", "Rita Reviewer", Role.REVIEWER);
        StaffMember sam = dashboard.staffMember(acme, "sam@screens.test", "Sam Okafor", Role.REVIEWER);
        StaffMember lin = dashboard.staffMember(acme, "lin@screens.test", "Lin Chen", Role.REVIEWER);
        away(acme, sam);
        Team ato = team(acme, "Account Takeover", sam, rita, lin);
        String workflow = SERVER.post(acme.apiKey(), "/v1/workflows", "{\"name\":\"Route account takeovers\","
                + "\"trigger\":{\"event\":\"case.created\",\"case_types\":[\"account_takeover\"]},"
                + "\"steps\":[{\"id\":\"assign_ato_team\",\"type\":\"assign_case\",\"config\":{\"case\":\"trigger.case\","
                + "\"assignee_type\":\"team\",\"assignee_id\":\"" + ato.id().value() + "\","
                + "\"team_strategy\":\"round_robin\"}}]}").body().get("id").asText();
        assertThat(SERVER.post(acme.apiKey(), "/v1/workflows/" + workflow + "/publish", null).status()).isEqualTo(200);
        String[][] mine = {
            {"kyc", "low", "Charles Babbage", "resolved"},
            {"chargeback", "normal", "Katherine Johnson", "pending"},
            {"fraud", "urgent", "Hedy Lamarr", "open"},
            {"kyc", "high", "Mary Jackson", "open"},
        };
        for (String[] c : mine) {
            String id = newCase(acme, c[0], c[1], c[2]);
            assign(acme, id, "individual", rita.id().value(), null);
            if (!c[3].equals("open")) {
                SERVER.send(acme.apiKey(), "PATCH", "/v1/cases/" + id, "{\"status\":\"" + c[3] + "\""
                        + (c[3].equals("resolved") ? ",\"resolution\":\"approved\"" : "") + "}", "application/json");
            }
        }
        String routed = SERVER.post(acme.apiKey(), "/v1/cases", "{\"case_type\":\"account_takeover\",\"priority\":\"high\","
                + "\"subject\":{\"reference_id\":\"user-8841\",\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"},"
                + "\"attributes\":{\"country\":\"GB\",\"risk_score\":87,\"device\":{\"os\":\"iOS\",\"new\":true}},"
                + "\"tags\":[\"ato\",\"vip\"]}").body().get("id").asText();
        poll(() -> SERVER.get(acme.apiKey(), "/v1/cases/" + routed).body(), c -> !c.get("assignee").isNull());
        poll(() -> SERVER.get(acme.apiKey(), "/v1/workflow-runs?case_id=" + routed).body().at("/data/0"),
                r -> "succeeded".equals(r.path("status").asText()));

        dashboard.signIn("rita@screens.test");
        BROWSER.open("/cases/mine");
        assertThat(rows()).containsExactly("Ada Lovelace", "Mary Jackson", "Hedy Lamarr", "Katherine Johnson",
                "Charles Babbage");
        BROWSER.screenshot("case-list");
        BROWSER.open("/cases/mine?priority=urgent");
        assertThat(rows()).containsExactly("Hedy Lamarr");
        BROWSER.open("/cases/mine?status=open&type=kyc");
        assertThat(rows()).containsExactly("Mary Jackson");

        // with JavaScript, choosing a filter updates the list in place (htmx) and the address follows it
        BROWSER.open("/cases/mine");
        ((JavascriptExecutor) page).executeScript("window.sameDocument = true");
        new Select(page.findElement(By.id("filter-priority"))).selectByValue("urgent");
        new WebDriverWait(page, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> rows().equals(List.of("Hedy Lamarr")));
        assertThat(page.getCurrentUrl()).endsWith("/cases/mine?status=&type=&priority=urgent");
        assertThat(((JavascriptExecutor) page).executeScript("return window.sameDocument")).isEqualTo(true);

        BROWSER.open("/cases/" + routed);
        assertThat(text("case-assignee")).isEqualTo("Rita Reviewer");
        assertThat(text("case-assigned-by")).isEqualTo("Workflow Route account takeovers (version 1)");
        assertThat(page.findElement(By.cssSelector("#why h3")).getText()).isEqualTo("Why Rita Reviewer");
        assertThat(page.findElements(By.cssSelector("#why tbody tr")).stream().map(WebElement::getText).toList())
                .containsExactly("Sam Okafor 0 active cases Passed over: away",
                        "Rita Reviewer 3 active cases Picked",
                        "Lin Chen 0 active cases Passed over: not next in the rotation");
        assertThat(page.findElements(By.cssSelector("#timeline li"))).hasSize(2);
        assertThat(page.findElement(By.cssSelector("#timeline li:first-child")).getText()).startsWith("Opened as");
        assertThat(page.getPageSource()).contains("assign_ato_team");
        BROWSER.wholePageScreenshot("case-page");

        dashboard.signIn("ada@screens.test");
        for (int i = 0; i < 26; i++) {
            newCase(acme, "bulk", "low", "Bulk " + i);
        }
        BROWSER.open("/cases?type=bulk");
        assertThat(rows()).hasSize(25).startsWith("Bulk 25");
        page.findElement(By.linkText("Next page")).click();
        assertThat(rows()).containsExactly("Bulk 0");
        assertThat(page.findElements(By.linkText("Next page"))).isEmpty();
        BROWSER.open("/cases?assignee=" + rita.id().value() + "&status=resolved");
        assertThat(rows()).containsExactly("Charles Babbage");
        assertThat(ada.role()).isEqualTo(Role.ADMIN);
    }

    private List<String> rows() {
        return page.findElements(By.cssSelector("#cases a.case-link")).stream().map(WebElement::getText).toList();
    }

    private String text(String id) {
        return page.findElement(By.id(id)).getText();
    }

    private static String newCase(Dashboard.Tenant tenant, String type, String priority, String name) {
        String subject = name.replace("\\", "\\\\").replace("\"", "\\\"");
        TestServer.Response created = SERVER.post(tenant.apiKey(), "/v1/cases", "{\"case_type\":\"" + type
                + "\",\"priority\":\"" + priority + "\",\"subject\":{\"reference_id\":\"ref-" + Math.abs(name.hashCode())
                + "\",\"name\":\"" + subject + "\"}}");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private static void assign(Dashboard.Tenant tenant, String caseId, String type, String assigneeId,
                               String strategy) {
        TestServer.Response assigned = SERVER.post(tenant.apiKey(), "/v1/cases/" + caseId + "/assign",
                "{\"assignee_type\":\"" + type + "\",\"assignee_id\":\"" + assigneeId + "\""
                        + (strategy == null ? "" : ",\"team_strategy\":\"" + strategy + "\"") + "}");
        assertThat(assigned.status()).as(assigned.body().toString()).isEqualTo(200);
    }

    private static String keyId(Dashboard.Tenant tenant, String caseId) {
        return SERVER.get(tenant.apiKey(), "/v1/cases/" + caseId).body().at("/assignee/assigned_by/id").asText();
    }

    private static Team team(Dashboard.Tenant tenant, String name, StaffMember... members) {
        return SERVER.casework().createTeam().create(new CreateTeamCommand(new OrganizationId(tenant.organizationId()),
                name, java.util.Arrays.stream(members).map(m -> m.id().value()).toList()));
    }

    private static void away(Dashboard.Tenant tenant, StaffMember member) {
        SERVER.casework().updateStaffMember().update(new UpdateStaffMemberCommand(
                new OrganizationId(tenant.organizationId()), member.id(), OptionalLong.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Availability.AWAY), Optional.empty(), Optional.empty()));
    }

    private static String caseLinkIn(MimeMessage email) {
        Matcher link = CASE_LINK.matcher(Outbox.text(email));
        assertThat(link.find()).as("a case link in: %s", Outbox.text(email)).isTrue();
        return URI.create(link.group(0)).getRawPath();
    }

    /** A page fetched outside the browser, with the browser's session. */
    private TestServer.Response get(String path) {
        return SERVER.send(null, "GET", path, null, null, "Cookie", sessionCookie());
    }

    /** A form posted outside the browser, with the browser's session; {@code fields} are name, value pairs. */
    private TestServer.Response postForm(String path, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return SERVER.send(null, "POST", path, body.toString(), "application/x-www-form-urlencoded",
                "Cookie", sessionCookie());
    }

    private String sessionCookie() {
        return "casework_session=" + page.manage().getCookieNamed("casework_session").getValue();
    }

    private static JsonNode poll(Supplier<JsonNode> read, Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        JsonNode last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
            last = read.get();
        }
        assertThat(done.test(last)).as("condition reached: %s", last).isTrue();
        return last;
    }
}
