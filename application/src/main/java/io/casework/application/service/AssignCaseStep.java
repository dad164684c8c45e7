package io.casework.application.service;

import io.casework.application.port.in.AssignmentTarget;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.port.out.AssignCaseUsage;
import io.casework.application.port.out.StaffMemberRepository;
import io.casework.application.port.out.TeamRepository;
import io.casework.domain.assignee.Assignee;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.Case;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.DomainException;
import io.casework.domain.shared.PrefixedId;
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
public final class AssignCaseStep implements StepType {
    static final String NAME = "assign_case";
    private static final Set<String> KEYS = Set.of("case", "assignee_type", "assignee_id", "team_strategy");
    private static final Set<String> STRATEGIES = Set.of("team_queue", "round_robin", "least_loaded");

    private final CaseAssigner assigner;
    private final StaffMemberRepository staff;
    private final TeamRepository teams;
    private final AssignCaseUsage usage;
    private final PlanLimits limits;
    private final Clock clock;

    public AssignCaseStep(CaseAssigner assigner, StaffMemberRepository staff, TeamRepository teams,
                          AssignCaseUsage usage, PlanLimits limits, Clock clock) {
        this.assigner = assigner;
        this.staff = staff;
        this.teams = teams;
        this.usage = usage;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<FieldError> checkShape(Map<String, Object> config, String path) {
        return new StepConfig(config, path).allowOnly(KEYS)
                .optionalString("case", Set.of("trigger.case"))
                .optionalString("assignee_type", Set.of("individual", "team"))
                .optionalString("assignee_id", Set.of())
                .optionalString("team_strategy", STRATEGIES)
                .errors();
    }

    @Override
    public List<FieldError> validate(OrganizationId organizationId, Map<String, Object> config, String path) {
        StepConfig checked = new StepConfig(config, path).required("case").required("assignee_type")
                .required("assignee_id");
        String type = checked.string("assignee_type");
        String id = checked.string("assignee_id");
        if ("individual".equals(type)) {
            if (config.containsKey("team_strategy")) {
                checked.error("team_strategy", "applies only to a team");
            }
            if (id != null && !(PrefixedId.matches(id, StaffMemberId.PREFIX)
                    && staff.find(organizationId, new StaffMemberId(id)).isPresent())) {
                checked.error("assignee_id", "no staff member " + id + " in this organization");
            }
        } else if ("team".equals(type) && id != null && !(PrefixedId.matches(id, TeamId.PREFIX)
                && teams.find(organizationId, new TeamId(id)).isPresent())) {
            checked.error("assignee_id", "no team " + id + " in this organization");
        }
        return checked.errors();
    }

    @Override
    public Map<String, Object> execute(StepContext context, Map<String, Object> config) {
        Case aCase = context.aCase();
        Assignee assignee = assigner.assign(aCase, target(config), context.actor(), context.changedBy());
        Long limit = limits.assignCaseMonthlyLimit(context.organization().plan());
        YearMonth period = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        if (!usage.tryIncrement(aCase.organizationId(), period, limit)) {
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

    private static AssignmentTarget target(Map<String, Object> config) {
        String strategy = (String) config.get("team_strategy");
        return new AssignmentTarget(
                AssignmentTarget.AssigneeType.valueOf(((String) config.get("assignee_type")).toUpperCase(Locale.ROOT)),
                (String) config.get("assignee_id"),
                strategy == null ? null : AssignmentTarget.TeamStrategy.valueOf(strategy.toUpperCase(Locale.ROOT)));
    }
}
