package io.casework.adapters.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.web.cases.CasePage.AssignForm;
import io.casework.adapters.web.cases.CasePage.Notice;
import io.casework.adapters.web.cases.CasePage.ResolveForm;
import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Viewer;
import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.CaseEventView;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.Team;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Actor;
import io.casework.domain.cases.AssignmentExplanation;
import io.casework.domain.cases.AssignmentExplanation.Considered;
import io.casework.domain.cases.AssignmentExplanation.PassedOver;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.CaseId;
import io.casework.domain.cases.CaseSla;
import io.casework.domain.cases.CaseStatus;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.cases.Subject;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.StepResult;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRun;
import io.casework.domain.workflow.WorkflowRunId;
import io.dropwizard.views.mustache.MustacheViewRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the case page says about a case and which forms it offers, rendered as the server renders it. */
class CasePageTest {
    private static final OrganizationId ORG = new OrganizationId("org_1");
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private final StaffMember rita = member("stf_rita", "Rita Reviewer");
    private final StaffMember sam = member("stf_sam", "Sam Okafor");
    private final Team fraud = Team.form(new TeamId("team_fraud"), ORG, "Fraud", List.of(sam.id(), rita.id()), T0);
    private final Names names = new Names(List.of(rita, sam), List.of(fraud));
    private final Viewer viewer = new Viewer(ORG, rita.id(), "Rita Reviewer", false, "tok-1");
    private final List<CaseEventView> events = new ArrayList<>();
    private final MustacheViewRenderer renderer = new MustacheViewRenderer();

    private static StaffMember member(String id, String name) {
        return StaffMember.hire(new StaffMemberId(id), ORG, new Email(id.substring(4) + "@acme.test"), name, T0);
    }

    private Case aCase(String subjectName) {
        Case c = Case.open(new CaseId("case_1"), ORG, new CaseType("account_takeover"), Priority.HIGH,
                new Subject("user-1", subjectName, new Email("ada@example.com")), Map.of("risk_score", 87,
                        "device", Map.of("os", "iOS")), List.of("ato"), Actor.apiKey("key_1"), T0);
        record(c);
        return c;
    }

    private void record(Case c) {
        c.pullEvents().forEach(e -> events.add(new CaseEventView("evt_" + events.size(), c.id(), e)));
    }

    private CasePage page(Case c, Map<String, CaseStory.RunName> runs, List<WorkflowRun> runList) {
        return new CasePage(viewer, c, names, events, runList, runs, null, AssignForm.blank(), ResolveForm.blank());
    }

    @Test
    void explainsARoundRobinPickWithItsCandidatesAndNamesTheRunThatMadeIt() {
        Case c = aCase("Ada Lovelace");
        c.assignTo(Assignee.staffMember(rita.id()), Actor.workflowRun("wfr_1"), T0.plusSeconds(5),
                new AssignmentExplanation.RoundRobin(fraud.id(), List.of(
                        new Considered(sam.id(), 0, null, Optional.of(PassedOver.AWAY)),
                        new Considered(rita.id(), 3, null, Optional.empty()))));
        record(c);
        WorkflowRun run = new WorkflowRun(new WorkflowRunId("wfr_1"), ORG, new WorkflowId("wfl_1"), 2,
                Trigger.Event.CASE_CREATED, c.id(), WorkflowRun.Status.FAILED, List.of(new StepResult("assign", "assign_case",
                StepResult.Status.FAILED, "plan_limit_exceeded", "limit reached", Map.of(), T0, T0)), T0, T0);
        CasePage page = page(c, CaseStory.runNames(List.of(run), r -> "Route ATO"), List.of(run));

        CaseStory.Why why = page.why();
        assertThat(why.heading()).isEqualTo("Why Rita Reviewer");
        assertThat(why.summary()).startsWith("Round robin in team Fraud");
        assertThat(why.candidates()).containsExactly(
                new CaseStory.Candidate("Sam Okafor", "0 active cases", "Passed over: away", false),
                new CaseStory.Candidate("Rita Reviewer", "3 active cases", "Picked", true));
        assertThat(page.assignedBy()).isEqualTo(new CaseStory.ActorView("Workflow Route ATO (version 2)", "#wfr_1"));
        assertThat(page.timeline()).extracting(CaseStory.Entry::text)
                .containsExactly("Opened as account_takeover, priority High", "Assigned to Rita Reviewer");
        assertThat(page.timeline().get(0).actor().text()).isEqualTo("API key key_1");
        String html = render(page);
        assertThat(html).contains("<article class=\"run\" id=\"wfr_1\">", "<code>plan_limit_exceeded</code> limit reached",
                "risk_score", "{&quot;os&quot;: &quot;iOS&quot;}");
    }

    @Test
    void aTeamQueuedCaseCanBeClaimedByAMemberAndSaysWhoWasTold() {
        Case c = aCase("Grace Hopper");
        c.assignTo(Assignee.team(fraud.id()), Actor.apiKey("key_1"), T0.plusSeconds(5),
                new AssignmentExplanation.TeamQueue(List.of(sam.id(), rita.id())));
        record(c);
        CasePage page = page(c, Map.of(), List.of());

        assertThat(page.canClaim()).isTrue();
        assertThat(page.assignee()).isEqualTo("team Fraud");
        assertThat(page.why().candidates()).extracting(CaseStory.Candidate::name)
                .containsExactly("Sam Okafor", "Rita Reviewer");
        String html = render(page);
        assertThat(html).contains("action=\"/cases/case_1/claim\"", "name=\"version\" value=\"1\"",
                "name=\"csrf\" value=\"tok-1\"", "Rita Reviewer (me)");
    }

    @Test
    void showsTheSlaDeadlinesAndWhichWasMissed() {
        Case c = aCase("Ada Lovelace");
        c.applySla(new CaseSla("slap_1", T0.plusSeconds(900), T0.plusSeconds(14_400), Set.of()));
        c.breachSla(SlaDeadline.ASSIGN_BY, new Actor(Actor.Type.SYSTEM, "sla"), T0.plusSeconds(901));
        record(c);

        String html = render(page(c, Map.of(), List.of()));

        assertThat(html).contains("<dt>Assign by (SLA)</dt><dd><time datetime=\"2026-12-01T09:15:00Z\">",
                "<span class=\"badge badge-failed\">missed</span>", "<dt>Resolve by (SLA)</dt>");
        assertThat(html.indexOf("missed")).as("only the assign-by deadline was missed")
                .isLessThan(html.indexOf("Resolve by (SLA)"));
        assertThat(render(page(aCase("Grace Hopper"), Map.of(), List.of()))).doesNotContain("(SLA)");
    }

    @Test
    void aResolvedCaseOffersOnlyReopenAndAnUnassignedOneNoWhy() {
        Case c = aCase("Alan Turing");
        c.update(new CaseChange(Optional.of(CaseStatus.RESOLVED), Optional.of(Optional.of("approved")),
                Optional.empty(), Optional.empty(), Optional.empty()), Actor.staffMember("stf_rita"), T0.plusSeconds(9));
        record(c);
        CasePage page = page(c, Map.of(), List.of());

        assertThat(page.why()).isNull();
        assertThat(page.canClaim()).isFalse();
        assertThat(page.timeline().get(1).details()).containsExactly("Status: Open → Resolved", "Resolution: approved");
        assertThat(page.timeline().get(1).actor().text()).isEqualTo("Rita Reviewer");
        String html = render(page);
        assertThat(html).contains("action=\"/cases/case_1/reopen\"")
                .doesNotContain("/resolve\"", "/assign\"", "/unassign\"", "/claim\"");
    }

    @Test
    void resolvingAndReopeningReadAsSuchOnTheTimeline() {
        Case c = aCase("Alan Turing");
        c.update(new CaseChange(Optional.of(CaseStatus.RESOLVED), Optional.of(Optional.of("approved")),
                Optional.empty(), Optional.empty(), Optional.empty()), Actor.staffMember("stf_rita"), T0.plusSeconds(9));
        c.update(new CaseChange(Optional.of(CaseStatus.PENDING), Optional.empty(), Optional.of(Priority.LOW),
                Optional.empty(), Optional.empty()), Actor.staffMember("stf_rita"), T0.plusSeconds(19));
        c.update(new CaseChange(Optional.empty(), Optional.empty(), Optional.of(Priority.HIGH), Optional.empty(),
                Optional.empty()), Actor.staffMember("stf_rita"), T0.plusSeconds(29));
        record(c);

        List<CaseStory.Entry> timeline = page(c, Map.of(), List.of()).timeline();

        assertThat(timeline).extracting(CaseStory.Entry::text)
                .containsExactly("Opened as account_takeover, priority High", "Resolved", "Reopened", "Updated");
        assertThat(timeline.get(2).details()).containsExactly("Status: Resolved → Pending", "Resolution removed",
                "Priority: High → Low");
    }

    @Test
    void everyValueFromTheCaseIsEscaped() {
        Case c = aCase("<script>alert(1)</script>");
        CasePage page = new CasePage(viewer, c, names, events, List.of(), Map.of(),
                Notice.error("<b>refused</b>"), AssignForm.blank(), new ResolveForm("\"><i>", "bad"));

        String html = render(page);

        assertThat(html).doesNotContain("<script>alert(1)</script>", "<b>refused</b>", "\"><i>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "<title>&lt;script&gt;");
    }

    @Test
    void theAssignFormNamesATargetOrSaysWhatIsWrong() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(CasesResource.target(new AssignForm("team", "team_fraud", "", Map.of()), errors))
                .isEqualTo(new AssignmentTarget(AssignmentTarget.AssigneeType.TEAM, "team_fraud",
                        AssignmentTarget.TeamStrategy.TEAM_QUEUE));
        assertThat(CasesResource.target(new AssignForm("individual", "stf_sam", "round_robin", Map.of()), errors))
                .isEqualTo(new AssignmentTarget(AssignmentTarget.AssigneeType.INDIVIDUAL, "stf_sam", null));
        assertThat(errors).isEmpty();

        assertThat(CasesResource.target(new AssignForm("individual", "team_fraud", "", Map.of()), errors)).isNull();
        assertThat(errors).containsOnlyKeys("assignee_id");
        errors.clear();
        assertThat(CasesResource.target(new AssignForm("team", "", "fastest", Map.of()), errors)).isNull();
        assertThat(errors).containsOnlyKeys("assignee_id", "team_strategy");
        errors.clear();
        assertThat(CasesResource.target(new AssignForm("robot", "stf_sam", "", Map.of()), errors)).isNull();
        assertThat(errors).containsOnlyKeys("assignee_type");
    }

    @Test
    void aListSaysWhyItIsEmpty() {
        CaseListQuery filtered = new CaseListQuery(CaseListQuery.CaseList.QUEUE, "open", null, null, null, null);
        CaseListQuery plain = new CaseListQuery(CaseListQuery.CaseList.QUEUE, null, null, null, null, null);

        assertThat(new CaseListPage(viewer, filtered, List.of(), null, names, true).emptyText())
                .isEqualTo("No case matches these filters.");
        assertThat(new CaseListPage(viewer, plain, List.of(), null, names, false).emptyText())
                .contains("not a member of any team");
        String html = render(new CaseListPage(viewer, plain, List.of(), "/cases/queue?cursor=x", names, true));
        assertThat(html).contains("<label for=\"filter-status\">Status</label>", "<option value=\"\" selected>Open and pending</option>",
                "rel=\"next\" href=\"/cases/queue?cursor&#61;x\">Next page</a>").doesNotContain("filter-assignee");
    }

    private String render(PageView page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(page, Locale.ENGLISH, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
