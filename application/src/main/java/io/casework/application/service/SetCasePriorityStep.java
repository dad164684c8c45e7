package io.casework.application.service;

import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.domain.cases.CaseChange;
import io.casework.domain.cases.Priority;
import io.casework.domain.organization.OrganizationId;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code set_case_priority}: raises or lowers the case's priority, e.g. before assigning urgent cases. */
public final class SetCasePriorityStep implements StepType {
    private static final Set<String> PRIORITIES = Arrays.stream(Priority.values())
            .map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    private final Clock clock;

    public SetCasePriorityStep(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "set_case_priority";
    }

    @Override
    public List<FieldError> checkShape(Map<String, Object> config, String path) {
        return new StepConfig(config, path).allowOnly(Set.of("case", "priority"))
                .optionalString("case", Set.of("trigger.case"))
                .optionalString("priority", PRIORITIES)
                .errors();
    }

    @Override
    public List<FieldError> validate(OrganizationId organizationId, Map<String, Object> config, String path) {
        return new StepConfig(config, path).required("case").required("priority").errors();
    }

    @Override
    public Map<String, Object> execute(StepContext context, Map<String, Object> config) {
        Priority priority = Priority.valueOf(((String) config.get("priority")).toUpperCase(Locale.ROOT));
        context.aCase().update(new CaseChange(Optional.empty(), Optional.empty(), Optional.of(priority),
                Optional.empty(), Optional.empty()), context.actor(), clock.instant());
        return Map.of("priority", priority.name().toLowerCase(Locale.ROOT));
    }
}
