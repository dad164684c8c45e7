package io.casework.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casework.application.port.PageRequest.Position;
import io.casework.application.port.in.StaleVersionException;
import io.casework.application.port.out.OrganizationRepository;
import io.casework.application.port.out.WorkflowRepository;
import io.casework.application.testing.SequentialIds;
import io.casework.application.testing.TestClock;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.Organization;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.organization.Plan;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.workflow.Condition;
import io.casework.domain.workflow.StepAction;
import io.casework.domain.workflow.StepAction.AssignCase;
import io.casework.domain.workflow.StepAction.SetCasePriority;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Trigger;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowVersion;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every adapter of {@link WorkflowRepository} must do. Extend it with a factory for your adapter. */
public abstract class WorkflowRepositoryContract {
    protected final SequentialIds ids = new SequentialIds();
    protected final TestClock clock = TestClock.startingAt("2026-11-26T10:15:30.123456Z");
    private final Organization organization = Organization.create(new OrganizationId(ids.next("org_")), "Acme",
            Plan.GROWTH, clock.instant());

    protected abstract OrganizationRepository organizations();

    protected abstract WorkflowRepository workflows();

    @BeforeEach
    void storeTheOrganization() {
        organizations().add(organization);
    }

    private OrganizationId organization() {
        return organization.id();
    }

    private OrganizationId anotherOrganization() {
        Organization other = Organization.create(new OrganizationId(ids.next("org_")), "Globex", Plan.GROWTH,
                clock.instant());
        organizations().add(other);
        return other.id();
    }

    private static Trigger caseCreated(String... caseTypes) {
        return new Trigger(Trigger.Event.CASE_CREATED, Arrays.stream(caseTypes).map(CaseType::new).toList());
    }

    private static StepDefinition assignStep(String id) {
        return new StepDefinition(id, "assign_case", Map.of("case", "trigger.case", "assignee_type", "team",
                "assignee_id", "team_1", "team_strategy", "round_robin"), false, null);
    }

    /** What {@link #assignStep}'s config says. */
    private static final StepAction ROUND_ROBIN_TEAM_1 = new AssignCase(new Assignee(Assignee.Kind.TEAM, "team_1"),
            AssignCase.TeamStrategy.ROUND_ROBIN);

    private Workflow storedDraft(OrganizationId organizationId, Trigger trigger) {
        Workflow workflow = Workflow.draft(new WorkflowId(ids.next(WorkflowId.PREFIX)), organizationId, "Route",
                trigger, List.of(assignStep("assign")), clock.instant());
        workflows().add(workflow);
        return workflow;
    }

    /** Publishes a stored draft of {@link #assignStep}s as the service does: the workflow and its new version. */
    private WorkflowVersion publish(OrganizationId organizationId, WorkflowId id) {
        Workflow workflow = workflows().find(organizationId, id).orElseThrow();
        WorkflowVersion version = workflow.publish(workflow.steps().stream().map(step -> ROUND_ROBIN_TEAM_1).toList(),
                clock.instant());
        workflows().update(workflow);
        workflows().addVersion(version);
        return version;
    }

    private void saveDraft(OrganizationId organizationId, WorkflowId id, Trigger trigger) {
        Workflow workflow = workflows().find(organizationId, id).orElseThrow();
        workflow.saveDraft(null, trigger, workflow.steps(), clock.instant());
        workflows().update(workflow);
    }

    @Test
    void storesADraftWithConfigsAndConditionsOfEveryJsonTypeAndReadsItBackUnchanged() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("flag", true);
        nested.put("nothing", null);
        nested.put("list", List.of(1, "two", 3.5, false));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("text", "trigger.case");
        config.put("small", 42);
        config.put("large", 12_345_678_901L);
        config.put("huge", new BigInteger("123456789012345678901234567890"));
        config.put("fraction", 0.25);
        config.put("yes", true);
        config.put("nothing", null);
        config.put("empty_list", List.of());
        config.put("empty_object", Map.of());
        config.put("nested", nested);
        List<StepDefinition> steps = List.of(
                new StepDefinition("first", "assign_case", config, true,
                        new Condition("case.attributes.risk_score", Condition.Op.GTE, 0.75)),
                new StepDefinition("second", "assign_case", Map.of(), false,
                        new Condition("case.priority", Condition.Op.IN, List.of("high", "urgent"))),
                new StepDefinition("third", "not_yet_a_type", Map.of("assignee_id", 7), false,
                        new Condition("case.attributes.vip", Condition.Op.EQ, null)),
                new StepDefinition("fourth", "assign_case", Map.of(), false,
                        new Condition("case.tags", Condition.Op.CONTAINS, "fraud")),
                new StepDefinition("fifth", "assign_case", Map.of(), false, null));
        Workflow draft = Workflow.draft(new WorkflowId(ids.next(WorkflowId.PREFIX)), organization(),
                "Route account takeovers", caseCreated("account_takeover", "chargeback"), steps, clock.instant());

        workflows().add(draft);
        Workflow found = workflows().find(organization(), draft.id()).orElseThrow();

        assertThat(found.name()).isEqualTo("Route account takeovers");
        assertThat(found.trigger()).isEqualTo(draft.trigger());
        assertThat(found.steps()).isEqualTo(steps);
        assertThat(found.status()).isEqualTo(Workflow.Status.DRAFT);
        assertThat(found.publishedVersion()).isNull();
        assertThat(found.createdAt()).isEqualTo(draft.createdAt());
        assertThat(found.updatedAt()).isEqualTo(draft.updatedAt());
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void storesAManualTriggerAndAnEmptyStepList() {
        Workflow draft = Workflow.draft(new WorkflowId(ids.next(WorkflowId.PREFIX)), organization(), "Manual",
                new Trigger(Trigger.Event.MANUAL, List.of()), List.of(), clock.instant());

        workflows().add(draft);

        Workflow found = workflows().find(organization(), draft.id()).orElseThrow();
        assertThat(found.trigger()).isEqualTo(new Trigger(Trigger.Event.MANUAL, List.of()));
        assertThat(found.steps()).isEmpty();
    }

    @Test
    void anotherOrganizationDoesNotFindTheWorkflow() {
        Workflow draft = storedDraft(organization(), caseCreated());

        assertThat(workflows().find(anotherOrganization(), draft.id())).isEmpty();
        assertThat(workflows().find(organization(), new WorkflowId(ids.next(WorkflowId.PREFIX)))).isEmpty();
    }

    @Test
    void anUpdateStoresTheChangeAndBumpsTheVersion() {
        Workflow draft = storedDraft(organization(), caseCreated());
        Workflow loaded = workflows().find(organization(), draft.id()).orElseThrow();
        List<StepDefinition> newSteps = List.of(assignStep("a"), assignStep("b"));

        loaded.saveDraft("Renamed", caseCreated("onboarding"), newSteps, clock.instant());
        workflows().update(loaded);

        Workflow found = workflows().find(organization(), draft.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Renamed");
        assertThat(found.trigger()).isEqualTo(caseCreated("onboarding"));
        assertThat(found.steps()).isEqualTo(newSteps);
        assertThat(found.updatedAt()).isEqualTo(loaded.updatedAt()).isAfter(draft.updatedAt());
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void anUpdateFromAStaleCopyIsRefusedAndChangesNothing() {
        Workflow draft = storedDraft(organization(), caseCreated());
        Workflow first = workflows().find(organization(), draft.id()).orElseThrow();
        Workflow second = workflows().find(organization(), draft.id()).orElseThrow();
        first.saveDraft("First", caseCreated(), first.steps(), clock.instant());
        workflows().update(first);

        second.saveDraft("Second", caseCreated(), second.steps(), clock.instant());

        assertThatThrownBy(() -> workflows().update(second)).isInstanceOf(StaleVersionException.class);
        Workflow found = workflows().find(organization(), draft.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("First");
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void publishingKeepsTheStatusAndTheNumberOfTheLatestVersion() {
        Workflow draft = storedDraft(organization(), caseCreated());

        publish(organization(), draft.id());
        publish(organization(), draft.id());

        Workflow found = workflows().find(organization(), draft.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(Workflow.Status.PUBLISHED);
        assertThat(found.publishedVersion()).isEqualTo(2);
        assertThat(found.version()).isEqualTo(3);
    }

    @Test
    void listsTheOrganizationsWorkflowsNewestFirstInPages() {
        OrganizationId organizationId = anotherOrganization();
        Workflow oldest = storedDraft(organizationId, caseCreated());
        Workflow middle = storedDraft(organizationId, caseCreated());
        Workflow newest = storedDraft(organizationId, caseCreated());
        storedDraft(organization(), caseCreated());

        List<Workflow> firstPage = workflows().list(organizationId, 2, Optional.empty());
        Workflow last = firstPage.get(firstPage.size() - 1);
        List<Workflow> secondPage = workflows().list(organizationId, 2,
                Optional.of(new Position(last.createdAt(), last.id().value())));

        assertThat(firstPage).extracting(Workflow::id).containsExactly(newest.id(), middle.id());
        assertThat(secondPage).extracting(Workflow::id).containsExactly(oldest.id());
    }

    @Test
    void aVersionKeepsWhatWasPublishedWhenTheDraftChangesLater() {
        Workflow draft = storedDraft(organization(), caseCreated("onboarding"));
        WorkflowVersion published = publish(organization(), draft.id());

        saveDraft(organization(), draft.id(), caseCreated("chargeback"));

        WorkflowVersion found = workflows().findVersion(organization(), draft.id(), 1).orElseThrow();
        assertThat(found).isEqualTo(published);
        assertThat(found.trigger()).isEqualTo(caseCreated("onboarding"));
        assertThat(found.definitions()).isEqualTo(List.of(assignStep("assign")));
    }

    @Test
    void aVersionReadsBackWithTheActionEachStepWasPublishedWithAsWellAsItsConfigAsWritten() {
        Map<StepDefinition, StepAction> published = new LinkedHashMap<>();
        published.put(new StepDefinition("to_ada", "assign_case", Map.of("case", "trigger.case",
                        "assignee_type", "individual", "assignee_id", "stf_1"), true,
                        new Condition("case.priority", Condition.Op.EQ, "high")),
                new AssignCase(new Assignee(Assignee.Kind.STAFF_MEMBER, "stf_1"), null));
        published.put(new StepDefinition("to_bob", "assign_case", Map.of("case", "trigger.case",
                        "assignee_type", "staff_member", "assignee_id", "stf_2"), false, null),
                new AssignCase(new Assignee(Assignee.Kind.STAFF_MEMBER, "stf_2"), null));
        published.put(new StepDefinition("to_queue", "assign_case", Map.of("assignee_id", "team_1",
                        "assignee_type", "team", "case", "trigger.case"), false, null),
                new AssignCase(new Assignee(Assignee.Kind.TEAM, "team_1"), null));
        Map<String, AssignCase.TeamStrategy> strategies = Map.of("team_queue", AssignCase.TeamStrategy.TEAM_QUEUE,
                "round_robin", AssignCase.TeamStrategy.ROUND_ROBIN,
                "least_loaded", AssignCase.TeamStrategy.LEAST_LOADED);
        assertThat(strategies.values()).containsExactlyInAnyOrder(AssignCase.TeamStrategy.values());
        strategies.forEach((wireName, strategy) -> published.put(new StepDefinition("to_" + wireName, "assign_case",
                        Map.of("case", "trigger.case", "assignee_type", "team", "assignee_id", "team_1",
                                "team_strategy", wireName), false, null),
                new AssignCase(new Assignee(Assignee.Kind.TEAM, "team_1"), strategy)));
        Map<String, Priority> priorities = Map.of("low", Priority.LOW, "normal", Priority.NORMAL, "high", Priority.HIGH,
                "urgent", Priority.URGENT);
        assertThat(priorities.values()).containsExactlyInAnyOrder(Priority.values());
        priorities.forEach((wireName, priority) -> published.put(new StepDefinition("set_" + wireName,
                "set_case_priority", Map.of("case", "trigger.case", "priority", wireName), false, null),
                new SetCasePriority(priority)));
        Workflow workflow = Workflow.draft(new WorkflowId(ids.next(WorkflowId.PREFIX)), organization(), "Every step",
                caseCreated(), List.copyOf(published.keySet()), clock.instant());
        workflows().add(workflow);
        WorkflowVersion version = workflow.publish(List.copyOf(published.values()), clock.instant());
        workflows().update(workflow);
        workflows().addVersion(version);

        WorkflowVersion found = workflows().findVersion(organization(), workflow.id(), 1).orElseThrow();

        assertThat(found.steps()).isEqualTo(version.steps());
        assertThat(found.definitions()).isEqualTo(List.copyOf(published.keySet()));
        assertThat(workflows().publishedStartingFor(organization(), new CaseType("onboarding"))).contains(version);
    }

    @Test
    void findsAVersionOnlyByItsNumberInItsOrganization() {
        Workflow draft = storedDraft(organization(), caseCreated());
        publish(organization(), draft.id());

        assertThat(workflows().findVersion(organization(), draft.id(), 1)).isPresent();
        assertThat(workflows().findVersion(organization(), draft.id(), 2)).isEmpty();
        assertThat(workflows().findVersion(anotherOrganization(), draft.id(), 1)).isEmpty();
    }

    @Test
    void listsVersionsNewestFirstInPagesWhosePositionIsTheVersionNumber() {
        Workflow draft = storedDraft(organization(), caseCreated());
        publish(organization(), draft.id());
        publish(organization(), draft.id());
        WorkflowVersion third = publish(organization(), draft.id());

        List<WorkflowVersion> firstPage = workflows().listVersions(organization(), draft.id(), 2, Optional.empty());
        List<WorkflowVersion> secondPage = workflows().listVersions(organization(), draft.id(), 2,
                Optional.of(new Position(third.publishedAt(), "2")));

        assertThat(firstPage).extracting(WorkflowVersion::number).containsExactly(3, 2);
        assertThat(secondPage).extracting(WorkflowVersion::number).containsExactly(1);
        assertThat(workflows().listVersions(anotherOrganization(), draft.id(), 10, Optional.empty())).isEmpty();
    }

    @Test
    void aVersionsPositionThatIsNotAVersionNumberIsRefusedAsABadCursor() {
        Workflow draft = storedDraft(organization(), caseCreated());

        assertThatThrownBy(() -> workflows().listVersions(organization(), draft.id(), 10,
                Optional.of(new Position(clock.instant(), draft.id().value()))))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void onlyPublishedWorkflowsStartForANewCase() {
        OrganizationId organizationId = anotherOrganization();
        Workflow published = storedDraft(organizationId, caseCreated());
        storedDraft(organizationId, caseCreated());
        WorkflowVersion version = publish(organizationId, published.id());

        assertThat(workflows().publishedStartingFor(organizationId, new CaseType("onboarding")))
                .containsExactly(version);
    }

    @Test
    void theLatestPublishedVersionDecidesWhichCasesStartAWorkflow() {
        OrganizationId organizationId = anotherOrganization();
        Workflow workflow = storedDraft(organizationId, caseCreated("onboarding"));
        publish(organizationId, workflow.id());
        saveDraft(organizationId, workflow.id(), caseCreated("chargeback"));

        assertThat(workflows().publishedStartingFor(organizationId, new CaseType("chargeback"))).isEmpty();

        WorkflowVersion second = publish(organizationId, workflow.id());

        assertThat(workflows().publishedStartingFor(organizationId, new CaseType("chargeback")))
                .containsExactly(second);
        assertThat(workflows().publishedStartingFor(organizationId, new CaseType("onboarding"))).isEmpty();
    }

    @Test
    void caseTypesLimitWhichNewCasesStartAWorkflowAndNoneListedMeansEvery() {
        OrganizationId organizationId = anotherOrganization();
        WorkflowVersion onboarding = publish(organizationId,
                storedDraft(organizationId, caseCreated("onboarding", "kyc_refresh")).id());
        WorkflowVersion every = publish(organizationId, storedDraft(organizationId, caseCreated()).id());
        publish(organizationId, storedDraft(organizationId, new Trigger(Trigger.Event.MANUAL, List.of())).id());

        assertThat(workflows().publishedStartingFor(organizationId, new CaseType("kyc_refresh")))
                .containsExactlyInAnyOrder(onboarding, every);
        assertThat(workflows().publishedStartingFor(organizationId, new CaseType("chargeback")))
                .containsExactly(every);
    }

    @Test
    void anUnpublishedWorkflowNoLongerStartsForNewCases() {
        OrganizationId organizationId = anotherOrganization();
        Workflow workflow = storedDraft(organizationId, caseCreated());
        publish(organizationId, workflow.id());
        Workflow loaded = workflows().find(organizationId, workflow.id()).orElseThrow();

        loaded.unpublish(clock.instant());
        workflows().update(loaded);

        assertThat(workflows().publishedStartingFor(organizationId, new CaseType("onboarding"))).isEmpty();
        assertThat(workflows().find(organizationId, workflow.id()).orElseThrow().status())
                .isEqualTo(Workflow.Status.UNPUBLISHED);
    }

    @Test
    void anotherOrganizationsWorkflowsNeverStartForACase() {
        OrganizationId organizationId = anotherOrganization();
        publish(organizationId, storedDraft(organizationId, caseCreated()).id());

        assertThat(workflows().publishedStartingFor(anotherOrganization(), new CaseType("onboarding"))).isEmpty();
    }

    @Test
    void aDeletedDraftIsGoneFromItsOrganization() {
        Workflow kept = storedDraft(organization(), caseCreated());
        Workflow deleted = storedDraft(organization(), caseCreated());

        workflows().delete(deleted);

        assertThat(workflows().find(organization(), deleted.id())).isEmpty();
        assertThat(workflows().find(organization(), kept.id())).isPresent();
    }

    @Test
    void aDeleteFromAStaleCopyOrThroughAnotherOrganizationIsRefusedAndDeletesNothing() {
        Workflow workflow = storedDraft(organization(), caseCreated());
        saveDraft(organization(), workflow.id(), caseCreated("fraud"));
        Workflow impostor = Workflow.rehydrate(workflow.id(), anotherOrganization(), "Route", caseCreated(),
                List.of(), Workflow.Status.DRAFT, null, clock.instant(), clock.instant(), 2);

        assertThatThrownBy(() -> workflows().delete(workflow)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> workflows().delete(impostor)).isInstanceOf(StaleVersionException.class);
        assertThat(workflows().find(organization(), workflow.id())).isPresent();
    }

    @Test
    void anArchivedWorkflowKeepsItsVersionsAndNoLongerStartsForNewCases() {
        OrganizationId organizationId = anotherOrganization();
        Workflow workflow = storedDraft(organizationId, caseCreated());
        publish(organizationId, workflow.id());
        Workflow loaded = workflows().find(organizationId, workflow.id()).orElseThrow();

        loaded.archive(clock.instant());
        workflows().update(loaded);

        assertThat(workflows().publishedStartingFor(organizationId, new CaseType("onboarding"))).isEmpty();
        Workflow archived = workflows().find(organizationId, workflow.id()).orElseThrow();
        assertThat(archived.status()).isEqualTo(Workflow.Status.ARCHIVED);
        assertThat(archived.publishedVersion()).isEqualTo(1);
        assertThat(workflows().findVersion(organizationId, workflow.id(), 1)).isPresent();
    }
}
