package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.application.port.in.CreateTeamCommand;
import io.casework.application.port.in.UpdateStaffMemberCommand;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.domain.assignee.Availability;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.Team;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workflow pages in a real browser on the real server and PostgreSQL: an admin builds, saves and publishes a
 * routing workflow in the editor, a case created through the API is assigned by it, and the run log shows it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WorkflowEditorTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;
    @RegisterExtension
    static final Browser BROWSER = new Browser(APP::getLocalPort);
    private static final String FORM = "application/x-www-form-urlencoded";
    private final Dashboard dashboard = new Dashboard(SERVER, BROWSER);

    @Test
    void anAdminBuildsAnAssignCaseWorkflowThatAssignsTheNextCaseAndShowsItsRun() {
        Dashboard.Tenant tenant = dashboard.organization("Acme Payments", Plan.GROWTH);
        OrganizationId org = new OrganizationId(tenant.organizationId());
        dashboard.staffMember(tenant, "ada@acme.test", "Ada Admin", Role.ADMIN);
        StaffMember rita = dashboard.staffMember(tenant, "rita@acme.test", "Rita Reviewer", Role.REVIEWER);
        StaffMember sam = dashboard.staffMember(tenant, "sam@acme.test", "Sam Analyst", Role.REVIEWER);
        dashboard.staffMember(tenant, "olga@acme.test", "Olga Onboarding", Role.REVIEWER);
        Team fraud = SERVER.casework().createTeam().create(new CreateTeamCommand(org, "Fraud Review",
                List.of(rita.id().value(), sam.id().value())));
        SERVER.casework().createTeam().create(new CreateTeamCommand(org, "Onboarding", List.of()));
        WebDriver page = BROWSER.driver();

        dashboard.signIn("ada@acme.test");
        BROWSER.open("/workflows");
        assertThat(page.findElement(By.cssSelector(".empty")).getText()).contains("No workflows yet");
        page.findElement(By.linkText("New workflow")).click();
        BROWSER.awaitTitle("New workflow · Casework");

        // the keyboard alone: type the name, tab to the trigger and on to the case types
        page.findElement(By.id("name")).click();
        active().sendKeys("Route account takeovers");
        active().sendKeys(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("trigger-event");
        active().sendKeys(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("case-types");
        active().sendKeys("account_takeover");
        // the new workflow starts with an Assign Case step: to a team, round robin, no assignee chosen yet
        assertThat(page.findElement(By.cssSelector("#steps-0 h3")).getText()).isEqualTo("Case \u203a Assign Case");
        assertThat(label("steps-0-case")).isEqualTo("Case");
        assertThat(label("steps-0-assignee-type")).isEqualTo("Assignee Type");
        assertThat(label("steps-0-assignee")).isEqualTo("Assignee");
        assertThat(label("steps-0-team-strategy")).isEqualTo("Team strategy");
        assertThat(page.findElement(By.cssSelector("[data-team-strategy]")).isDisplayed())
                .as("no team strategy for an individual").isFalse();
        page.findElement(By.id("steps-0-assignee-type")).sendKeys("Team");
        assertThat(new Select(page.findElement(By.id("steps-0-assignee-type"))).getFirstSelectedOption().getText())
                .isEqualTo("Team");
        assertThat(page.findElement(By.id("steps-0-team-strategy")).isDisplayed()).isTrue();
        new Select(page.findElement(By.id("steps-0-team-strategy"))).selectByVisibleText("Round robin");
        // Advanced configuration is collapsed; Enter on its summary opens it, Space ticks Continue on error
        WebElement advanced = page.findElement(By.cssSelector("#steps-0 details.advanced"));
        assertThat(advanced.getAttribute("open")).isNull();
        WebElement summary = advanced.findElement(By.tagName("summary"));
        assertThat(summary.getText()).isEqualTo("Advanced configuration");
        focus(summary);
        active().sendKeys(Keys.ENTER);
        assertThat(advanced.getAttribute("open")).isNotNull();
        focus(page.findElement(By.id("steps-0-continue-on-error")));
        active().sendKeys(Keys.SPACE);
        assertThat(page.findElement(By.id("steps-0-continue-on-error")).isSelected()).isTrue();
        // Enter in a text field submits the form with its first button: Save
        page.findElement(By.id("name")).sendKeys(Keys.ENTER);

        assertThat(page.findElement(By.cssSelector(".notice")).getText()).startsWith("Draft saved.");
        String workflowId = URI.create(page.getCurrentUrl()).getPath().substring("/workflows/".length());
        Workflow saved = SERVER.casework().workflows().get(org, new WorkflowId(workflowId));
        assertThat(saved.status()).isEqualTo(Workflow.Status.DRAFT);
        assertThat(saved.trigger().caseTypes()).extracting(Object::toString).containsExactly("account_takeover");

        // publishing with no assignee is refused: the error is next to Assignee and at the top, nothing published
        page.findElement(By.cssSelector(".page-head button[value=publish]")).click();
        assertThat(page.findElement(By.id("steps-0-assignee-error")).getText()).isEqualTo("Assignee is required");
        assertThat(page.findElement(By.id("error-summary")).getText()).contains("Step 1 \u00b7 Assignee: is required");
        assertThat(page.findElement(By.id("steps-0-assignee")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(SERVER.casework().workflows().get(org, saved.id()).publishedVersion()).isNull();

        // the choices are names; the form posts the team's id
        Select assignee = new Select(page.findElement(By.id("steps-0-assignee")));
        assertThat(assignee.getOptions()).extracting(WebElement::getText).contains("Ada Admin", "Rita Reviewer",
                "Fraud Review", "Onboarding");
        assignee.selectByVisibleText("Fraud Review");
        assertThat(new Select(page.findElement(By.id("steps-0-team-strategy"))).getFirstSelectedOption().getText())
                .isEqualTo("Round robin");
        page.findElement(By.cssSelector(".page-head button[value=publish]")).click();

        assertThat(page.findElement(By.cssSelector(".notice")).getText()).startsWith("Published version 1.");
        assertThat(page.findElement(By.cssSelector(".version-list")).getText()).contains("Version 1");
        Workflow published = SERVER.casework().workflows().get(org, saved.id());
        assertThat(published.publishedVersion()).isEqualTo(1);
        StepDefinition step = published.steps().get(0);
        assertThat(step.config()).containsEntry("assignee_type", "team")
                .containsEntry("assignee_id", fraud.id().value()).containsEntry("team_strategy", "round_robin");
        assertThat(step.continueOnError()).isTrue();

        page.findElement(By.cssSelector("#steps-0 details.advanced summary")).click();
        BROWSER.wholePageScreenshot("workflow-editor");

        // Add, move and remove rearrange the form without saving it
        new Select(page.findElement(By.id("add-type"))).selectByVisibleText("Case › Set priority");
        page.findElement(By.cssSelector("button[value=add]")).click();
        assertThat(page.findElement(By.cssSelector(".notice-warning")).getText()).startsWith("Not saved yet");
        assertThat(page.findElements(By.cssSelector("ol.steps > li h3"))).extracting(WebElement::getText)
                .containsExactly("Case › Assign Case", "Case › Set priority");
        assertThat(page.findElement(By.id("steps-1-id")).getAttribute("value")).isEqualTo("set_priority_1");
        assertThat(page.switchTo().activeElement().getAttribute("id")).as("the new step has the focus")
                .isEqualTo("steps-1-id");
        page.findElement(By.cssSelector("button[aria-label='Move step 2 up']")).click();
        assertThat(page.findElements(By.cssSelector("ol.steps > li h3"))).extracting(WebElement::getText)
                .containsExactly("Case › Set priority", "Case › Assign Case");
        assertThat(new Select(page.findElement(By.id("steps-1-assignee"))).getFirstSelectedOption().getText())
                .as("what was chosen moves with its step").isEqualTo("Fraud Review");
        page.findElement(By.cssSelector("button[aria-label='Remove step 1']")).click();
        assertThat(page.findElements(By.cssSelector("ol.steps > li h3"))).extracting(WebElement::getText)
                .containsExactly("Case › Assign Case");
        assertThat(SERVER.casework().workflows().get(org, saved.id()).steps()).hasSize(1);

        // a case created through the API is assigned by the workflow to a member of the team
        TestServer.Response created = SERVER.post(tenant.apiKey(), "/v1/cases",
                "{\"case_type\":\"account_takeover\",\"priority\":\"high\",\"subject\":{\"name\":\"Jane Doe\"}}");
        assertThat(created.status()).isEqualTo(201);
        String caseId = created.body().get("id").asText();
        JsonNode assigned = waitForAssignee(tenant.apiKey(), caseId);
        assertThat(assigned.get("type").asText()).isEqualTo("staff_member");
        assertThat(assigned.get("id").asText()).isIn(rita.id().value(), sam.id().value());

        page.findElement(By.linkText("Run log")).click();
        BROWSER.awaitTitle("Runs of Route account takeovers · Casework");
        WebElement run = page.findElement(By.cssSelector("table.runs tbody tr"));
        assertThat(run.findElement(By.linkText(caseId)).getAttribute("href")).endsWith("/cases/" + caseId);
        assertThat(run.getText()).contains("succeeded", "Case \u203a Assign Case", "assign_1",
                "assignee: " + (assigned.get("id").asText().equals(rita.id().value()) ? "Rita Reviewer" : "Sam Analyst"));

        // the status filter is a GET form
        new Select(page.findElement(By.id("status"))).selectByVisibleText("Failed");
        page.findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("status=failed"));
        assertThat(page.findElement(By.cssSelector(".empty")).getText()).isEqualTo("No runs with this status yet.");

        // a manual run from the editor leads to the run log
        BROWSER.open("/workflows/" + workflowId);
        page.findElement(By.id("run-case-id")).sendKeys(caseId, Keys.ENTER);
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/workflows/" + workflowId + "/runs?started=wfr_"));
        assertThat(page.findElements(By.cssSelector("table.runs tbody tr"))).hasSize(2);
        waitForRuns(tenant.apiKey(), workflowId, "succeeded", 2);

        // with the whole team away the step fails with its code; Continue on error lets the run succeed
        for (StaffMember member : List.of(rita, sam)) {
            SERVER.casework().updateStaffMember().update(new UpdateStaffMemberCommand(org, member.id(),
                    OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.of(Availability.AWAY),
                    Optional.empty(), Optional.empty()));
        }
        BROWSER.open("/workflows/" + workflowId);
        page.findElement(By.id("run-case-id")).sendKeys(caseId, Keys.ENTER);
        waitForRuns(tenant.apiKey(), workflowId, "succeeded", 3);
        BROWSER.open("/workflows/" + workflowId + "/runs");
        WebElement failedStep = page.findElement(By.cssSelector("table.runs tbody tr"));
        assertThat(failedStep.findElement(By.cssSelector(".run-steps .badge")).getText()).isEqualTo("failed");
        assertThat(failedStep.findElement(By.cssSelector(".step-error code")).getText())
                .isEqualTo("no_eligible_assignee");
        BROWSER.screenshot("run-log");

        // the list shows the workflow, the version that runs and its last run; a version opens read-only
        page.findElement(By.linkText("Workflows")).click();
        WebElement row = page.findElement(By.cssSelector("table.list tbody tr"));
        assertThat(row.getText()).contains("Route account takeovers", "published", "Version 1",
                "Case created · account_takeover", "succeeded");
        BROWSER.open("/workflows/" + workflowId + "/versions/1");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Route account takeovers · version 1");
        assertThat(page.findElement(By.cssSelector(".steps")).getText()).contains("Assignee Type", "Team",
                "Fraud Review", "Round robin", "Continue on error", "Yes");
        assertThat(page.findElements(By.cssSelector("main input:not([type=hidden]), main select"))).as("read-only").isEmpty();
    }

    @Test
    void aReviewerGetsTheForbiddenPageAndAFormWithoutItsTokenChangesNothing() {
        Dashboard.Tenant tenant = dashboard.organization("Globex", Plan.GROWTH);
        dashboard.staffMember(tenant, "gus@globex.test", "Gus Admin", Role.ADMIN);
        dashboard.staffMember(tenant, "rex@globex.test", "Rex Reviewer", Role.REVIEWER);
        WebDriver page = BROWSER.driver();
        dashboard.signIn("gus@globex.test");
        BROWSER.open("/workflows/new");
        page.findElement(By.id("name")).sendKeys("Onboarding");
        page.findElement(By.cssSelector(".page-head button[value=save]")).click();
        String path = URI.create(page.getCurrentUrl()).getPath();
        String session = page.manage().getCookieNamed("casework_session").getValue();

        TestServer.Response forged = SERVER.send(null, "POST", path, "name=Hijacked&op=save", FORM,
                "Cookie", "casework_session=" + session);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.raw().body()).contains("This form has expired");
        BROWSER.open(path);
        assertThat(page.findElement(By.id("name")).getAttribute("value")).isEqualTo("Onboarding");

        dashboard.signIn("rex@globex.test");
        BROWSER.open(path);
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("You don't have access to this page");
        assertThat(SERVER.send(null, "GET", path, null, null, "Cookie", "casework_session="
                + page.manage().getCookieNamed("casework_session").getValue()).status()).isEqualTo(403);
    }

    @Test
    void badInputIsAClearPageNeverAServerError() {
        Dashboard.Tenant tenant = dashboard.organization("Initech", Plan.GROWTH);
        dashboard.staffMember(tenant, "bill@initech.test", "Bill Admin", Role.ADMIN);
        Dashboard.Tenant other = dashboard.organization("Umbrella", Plan.GROWTH);
        TestServer.Response foreign = SERVER.post(other.apiKey(), "/v1/workflows",
                "{\"name\":\"Theirs\",\"trigger\":{\"event\":\"manual\"},\"steps\":[]}");
        WebDriver page = BROWSER.driver();
        dashboard.signIn("bill@initech.test");
        BROWSER.open("/workflows/new");
        String csrf = dashboard.csrfToken();
        String cookie = "casework_session=" + page.manage().getCookieNamed("casework_session").getValue();

        assertThat(SERVER.send(null, "GET", "/workflows/" + foreign.body().get("id").asText(), null, null,
                "Cookie", cookie).status()).isEqualTo(404);
        assertThat(SERVER.send(null, "GET", "/workflows/not-an-id", null, null, "Cookie", cookie).status())
                .isEqualTo(404);
        assertThat(SERVER.send(null, "GET", "/workflows/" + foreign.body().get("id").asText() + "/runs?status=x",
                null, null, "Cookie", cookie).status()).isEqualTo(404);
        TestServer.Response unknownType = SERVER.send(null, "POST", "/workflows/new",
                "csrf=" + csrf + "&name=X&op=add&add_type=launch_rocket", FORM, "Cookie", cookie);
        assertThat(unknownType.status()).isEqualTo(422);
        assertThat(unknownType.raw().body()).contains("is not a step type");
        TestServer.Response unknownStep = SERVER.send(null, "POST", "/workflows/new",
                "csrf=" + csrf + "&name=X&op=save&steps%5B0%5D.type=launch_rocket&steps%5B0%5D.id=a", FORM,
                "Cookie", cookie);
        assertThat(unknownStep.status()).isEqualTo(400);
        TestServer.Response badOp = SERVER.send(null, "POST", "/workflows/new",
                "csrf=" + csrf + "&name=X&op=up:7", FORM, "Cookie", cookie);
        assertThat(badOp.status()).isEqualTo(400);
        TestServer.Response badCondition = SERVER.send(null, "POST", "/workflows/new",
                "csrf=" + csrf + "&name=X&op=save&steps%5B0%5D.type=set_case_priority&steps%5B0%5D.id=p"
                        + "&steps%5B0%5D.when_field=case.priority", FORM, "Cookie", cookie);
        assertThat(badCondition.status()).isEqualTo(422);
        assertThat(badCondition.raw().body()).contains("Value is required when a field is given");
        TestServer.Response unknownField = SERVER.send(null, "POST", "/workflows/new",
                "csrf=" + csrf + "&name=X&op=publish&steps%5B0%5D.type=set_case_priority&steps%5B0%5D.id=p"
                        + "&steps%5B0%5D.priority=high&steps%5B0%5D.when_field=case.colour"
                        + "&steps%5B0%5D.when_op=eq&steps%5B0%5D.when_value=red", FORM, "Cookie", cookie);
        assertThat(unknownField.status()).as("refused when saved: a condition is part of the shape").isEqualTo(422);
        assertThat(unknownField.raw().body()).contains("Nothing was saved.",
                "<details class=\"advanced\" open>", "id=\"steps-0-when-field-error\">Condition field must be "
                        + "case.priority, case.case_type, case.tags or case.attributes.&lt;name&gt;</p>");
    }

    @Test
    void aDraftIsDeletedAWorkflowThatRanIsArchivedAndFiftyStepsIsTheMost() {
        Dashboard.Tenant tenant = dashboard.organization("Wayne", Plan.GROWTH);
        OrganizationId org = new OrganizationId(tenant.organizationId());
        dashboard.staffMember(tenant, "alfred@wayne.test", "Alfred Admin", Role.ADMIN);
        StepDefinition raise = new StepDefinition("raise", "set_case_priority",
                Map.of("case", "trigger.case", "priority", "high"), false, null);
        Trigger manual = new Trigger(Trigger.Event.MANUAL, List.of());
        Workflow draft = SERVER.casework().createWorkflow().create(org, new WorkflowDraft("Scratch", manual, List.of()));
        Workflow ran = SERVER.casework().createWorkflow().create(org, new WorkflowDraft("Escalate", manual,
                List.of(raise)));
        SERVER.casework().publishWorkflow().publish(org, ran.id());
        WebDriver page = BROWSER.driver();
        dashboard.signIn("alfred@wayne.test");

        // fifty steps at most: the form says so, whether saved or added to
        BROWSER.open("/workflows/" + draft.id().value());
        String csrf = dashboard.csrfToken();
        String cookie = "casework_session=" + page.manage().getCookieNamed("casework_session").getValue();
        TestServer.Response tooMany = SERVER.send(null, "POST", "/workflows/" + draft.id().value(),
                "csrf=" + csrf + "&name=Scratch&version=1&op=save" + steps(51), FORM, "Cookie", cookie);
        TestServer.Response addedTooMany = SERVER.send(null, "POST", "/workflows/" + draft.id().value(),
                "csrf=" + csrf + "&name=Scratch&version=1&op=add&add_type=set_case_priority" + steps(50), FORM,
                "Cookie", cookie);
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.raw().body()).contains("Nothing was saved.", "Steps can be at most 50 in a workflow");
        assertThat(addedTooMany.status()).isEqualTo(422);
        assertThat(addedTooMany.raw().body()).contains("A workflow holds at most 50 steps", "id=\"add-limit\"");
        assertThat(SERVER.casework().workflows().get(org, draft.id()).steps()).isEmpty();

        // a draft never published is deleted, after its confirmation
        assertThat(page.findElements(By.id("archive-workflow"))).isEmpty();
        page.findElement(By.xpath("//summary[contains(., 'Delete draft')]")).click();
        assertThat(page.findElement(By.cssSelector("details.confirm")).getText()).contains("can't be undone");
        page.findElement(By.id("delete-workflow")).click();
        BROWSER.awaitTitle("Workflows · Casework");
        assertThat(page.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Deleted the draft \u201cScratch\u201d.");
        assertThat(SERVER.get(tenant.apiKey(), "/v1/workflows/" + draft.id().value()).status()).isEqualTo(404);

        // one that was published is archived instead: read-only, and it stays listed
        page.findElement(By.linkText("Escalate")).click();
        BROWSER.awaitTitle("Escalate · Casework");
        assertThat(page.findElements(By.id("delete-workflow"))).isEmpty();
        page.findElement(By.xpath("//summary[contains(., 'Archive')]")).click();
        page.findElement(By.id("archive-workflow")).click();
        BROWSER.awaitTitle("Escalate · Casework");
        assertThat(page.findElement(By.cssSelector(".notice")).getText()).startsWith("Archived.");
        assertThat(page.findElement(By.cssSelector(".page-head .badge")).getText()).isEqualTo("archived");
        assertThat(page.findElements(By.cssSelector("button[value=save], button[value=publish], #run-case-id")))
                .as("read-only").isEmpty();
        assertThat(SERVER.casework().workflows().get(org, ran.id()).isArchived()).isTrue();
        page.findElement(By.linkText("Workflows")).click();
        assertThat(page.findElement(By.cssSelector("table.list tbody tr")).getText()).contains("Escalate", "archived");
    }

    /** {@code count} Set Priority steps as the editor's form posts them. */
    private static String steps(int count) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String step = "&steps%5B" + i + "%5D.";
            form.append(step).append("type=set_case_priority").append(step).append("id=s").append(i)
                    .append(step).append("case=trigger.case").append(step).append("priority=high");
        }
        return form.toString();
    }

    @Test
    void aSaveOverSomeoneElsesIsRefusedAndKeepsWhatWasTyped() {
        Dashboard.Tenant tenant = dashboard.organization("Stark", Plan.GROWTH);
        dashboard.staffMember(tenant, "pepper@stark.test", "Pepper Admin", Role.ADMIN);
        dashboard.signIn("pepper@stark.test");
        BROWSER.open("/workflows/new");
        String csrf = dashboard.csrfToken();
        String cookie = "casework_session=" + BROWSER.driver().manage().getCookieNamed("casework_session").getValue();
        TestServer.Response created = SERVER.send(null, "POST", "/workflows/new",
                "csrf=" + csrf + "&name=First&op=save", FORM, "Cookie", cookie);
        assertThat(created.status()).isEqualTo(303);
        String path = URI.create(created.header("Location")).getPath();

        assertThat(SERVER.send(null, "POST", path, "csrf=" + csrf + "&name=Mine&version=1&op=save", FORM,
                "Cookie", cookie).status()).isEqualTo(303);
        TestServer.Response stale = SERVER.send(null, "POST", path, "csrf=" + csrf + "&name=Theirs&version=1&op=save",
                FORM, "Cookie", cookie);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.raw().body()).contains("Someone else saved this workflow", "value=\"Theirs\"",
                "name=\"version\" value=\"2\"");
        BROWSER.open(path);
        assertThat(BROWSER.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo("Mine");
    }

    private WebElement active() {
        return BROWSER.driver().switchTo().activeElement();
    }

    private void focus(WebElement element) {
        ((JavascriptExecutor) BROWSER.driver()).executeScript("arguments[0].focus()", element);
    }

    private String label(String inputId) {
        return BROWSER.driver().findElement(By.cssSelector("label[for='" + inputId + "']")).getAttribute("textContent").strip();
    }

    private static void waitForRuns(String key, String workflowId, String status, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (SERVER.get(key, "/v1/workflow-runs?workflow_id=" + workflowId + "&status=" + status).body()
                .get("data").size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(count + " runs did not reach " + status + " within 20 seconds");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode waitForAssignee(String key, String caseId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            JsonNode assignee = SERVER.get(key, "/v1/cases/" + caseId).body().get("assignee");
            if (assignee != null && !assignee.isNull()) {
                return assignee;
            }
            pause();
        }
        throw new AssertionError("case " + caseId + " was not assigned within 20 seconds");
    }
}
