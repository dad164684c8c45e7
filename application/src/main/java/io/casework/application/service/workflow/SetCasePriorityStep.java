package io.casework.application.service.workflow;

import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.application.service.cases.CaseSlas;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.StepAction.SetCasePriority;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code set_case_priority}: raises or lowers the case's priority, e.g. before assigning urgent cases. */
public final class SetCasePriorityStep implements StepType<SetCasePriority> {
    private static final Map<String, Priority> PRIORITIES =
            StepConfig.byWireName(Priority.values(), SetCasePriorityStep::wireName);

    private final CaseSlas slas;
    private final Clock clock;

    public SetCasePriorityStep(CaseSlas slas, Clock clock) {
        this.slas = slas;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "set_case_priority";
    }

    @Override
    public Class<SetCasePriority> actionType() {
        return SetCasePriority.class;
    }

    @Override
    public List<FieldError> checkShape(Map<String, Object> config, String path) {
        return new StepConfig(config, path).allowOnly(Set.of("case", "priority"))
                .optionalString("case", Set.of("trigger.case"))
                .optionalString("priority", PRIORITIES.keySet())
                .errors();
    }

    @Override
    public Parsed<SetCasePriority> parse(OrganizationId organizationId, Map<String, Object> config, String path) {
        StepConfig checked = new StepConfig(config, path).required("case").required("priority");
        return checked.parsed(() -> new SetCasePriority(checked.choice("priority", PRIORITIES)));
    }

    @Override
    public Map<String, Object> execute(StepContext context, SetCasePriority action) {
        Priority before = context.aCase().priority();
        context.aCase().update(new CaseChange(Optional.empty(), Optional.empty(), Optional.of(action.priority()),
                Optional.empty(), Optional.empty()), context.actor(), clock.instant());
        slas.applyIfPriorityChanged(context.aCase(), before);
        return Map.of("priority", wireName(action.priority()));
    }

    /** The config's {@code priority}, also the step's output. */
    private static String wireName(Priority priority) {
        return switch (priority) {
            case LOW -> "low";
            case NORMAL -> "normal";
            case HIGH -> "high";
            case URGENT -> "urgent";
        };
    }
}
