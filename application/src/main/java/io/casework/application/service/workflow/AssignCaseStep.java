package io.casework.application.service.workflow;

import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.application.service.assignment.CaseAssigner;
import io.casework.application.service.organization.PlanLimits;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.PrefixedId;
import io.casework.domain.workflow.StepAction.AssignCase;
import io.casework.domain.workflow.StepAction.AssignCase.TeamStrategy;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Assign Case step: gives the triggering case to a staff member or a team, through the same
 * {@link CaseAssigner} as the API, and counts against the Startup Program's monthly quota.
 */
public final class AssignCaseStep implements StepType<AssignCase> {
    static final String NAME = "assign_case";
    private static final Set<String> KEYS = Set.of("case", "assignee_type", "assignee_id", "team_strategy");
    /** {@code staff_member}, the type a case's assignee shows, is accepted as well as {@code individual}. */
    private static final Map<String, Assignee.Kind> ASSIGNEE_TYPES = Map.of("individual", Assignee.Kind.STAFF_MEMBER,
            "staff_member", Assignee.Kind.STAFF_MEMBER, "team", Assignee.Kind.TEAM);
    private static final Map<String, TeamStrategy> STRATEGIES =
            StepConfig.byWireName(TeamStrategy.values(), AssignCaseStep::wireName);

    private final CaseAssigner assigner;
    private final StaffMemberRepository staff;
    private final TeamRepository teams;
    private final PlanLimits limits;
    private final Clock clock;

    public AssignCaseStep(CaseAssigner assigner, StaffMemberRepository staff, TeamRepository teams,
                          PlanLimits limits, Clock clock) {
        this.assigner = assigner;
        this.staff = staff;
        this.teams = teams;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<AssignCase> actionType() {
        return AssignCase.class;
    }

    @Override
    public List<FieldError> checkShape(Map<String, Object> config, String path) {
        return new StepConfig(config, path).allowOnly(KEYS)
                .optionalString("case", Set.of("trigger.case"))
                .optionalString("assignee_type", ASSIGNEE_TYPES.keySet())
                .optionalString("assignee_id", Set.of())
                .optionalString("team_strategy", STRATEGIES.keySet())
                .errors();
    }

    @Override
    public Parsed<AssignCase> parse(OrganizationId organizationId, Map<String, Object> config, String path) {
        StepConfig checked = new StepConfig(config, path).required("case").required("assignee_type")
                .required("assignee_id");
        Assignee.Kind kind = checked.choice("assignee_type", ASSIGNEE_TYPES);
        String id = checked.string("assignee_id");
        if (kind == Assignee.Kind.STAFF_MEMBER) {
            if (config.containsKey("team_strategy")) {
                checked.error("team_strategy", "applies only to a team");
            }
            if (id != null && !(PrefixedId.matches(id, StaffMemberId.PREFIX)
                    && staff.find(organizationId, new StaffMemberId(id)).isPresent())) {
                checked.error("assignee_id", "no staff member " + id + " in this organization");
            }
        } else if (kind == Assignee.Kind.TEAM && id != null && !(PrefixedId.matches(id, TeamId.PREFIX)
                && teams.find(organizationId, new TeamId(id)).isPresent())) {
            checked.error("assignee_id", "no team " + id + " in this organization");
        }
        return checked.parsed(() -> new AssignCase(new Assignee(kind, id),
                checked.choice("team_strategy", STRATEGIES)));
    }

    @Override
    public Map<String, Object> execute(StepContext context, AssignCase action) {
        Case aCase = context.aCase();
        RunBatch.Effects effects = context.effects();
        Assignee assignee = assigner.using(effects.directory(), effects.outbox(), context.organization())
                .assign(aCase, target(action), context.actor(), context.changedBy());
        Long limit = limits.assignCaseMonthlyLimit(context.organization().plan());
        YearMonth period = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        if (!effects.usage().tryIncrement(aCase.organizationId(), period, limit)) {
            throw new DomainException("plan_limit_exceeded", "the " + context.organization().plan().name().toLowerCase(Locale.ROOT)
                    + " plan allows " + limit + " Assign Case executions a month, all used in " + period);
        }
        return Map.of("assignee", describe(assignee));
    }

    /** The step's output names the assignee as the API does: {@code {"type": "staff_member", "id": "stf_…"}}. */
    private static Map<String, Object> describe(Assignee assignee) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("type", assignee.kind().name().toLowerCase(Locale.ROOT));
        described.put("id", assignee.id());
        return described;
    }

    /** The same target in the assigner's terms. */
    static AssignmentTarget target(AssignCase action) {
        String id = action.assignee().id();
        return switch (action.assignee().kind()) {
            case STAFF_MEMBER -> new AssignmentTarget(AssignmentTarget.AssigneeType.INDIVIDUAL, id, null);
            case TEAM -> new AssignmentTarget(AssignmentTarget.AssigneeType.TEAM, id, switch (action.teamStrategy()) {
                case TEAM_QUEUE -> AssignmentTarget.TeamStrategy.TEAM_QUEUE;
                case ROUND_ROBIN -> AssignmentTarget.TeamStrategy.ROUND_ROBIN;
                case LEAST_LOADED -> AssignmentTarget.TeamStrategy.LEAST_LOADED;
            });
        };
    }

    /** The config's {@code team_strategy}. */
    private static String wireName(TeamStrategy strategy) {
        return switch (strategy) {
            case TEAM_QUEUE -> "team_queue";
            case ROUND_ROBIN -> "round_robin";
            case LEAST_LOADED -> "least_loaded";
        };
    }
}
