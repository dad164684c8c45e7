package io.casework.application.service.workflow;

import io.casework.application.port.in.FieldErrorsException;
import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.Condition;
import io.casework.domain.workflow.StepAction;
import io.casework.domain.workflow.StepDefinition;
import io.casework.domain.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The two levels of checking a draft: its shape when saved, everything when published. */
final class DraftChecks {
    private static final Pattern STEP_ID = Pattern.compile("[a-z0-9_]{1,64}");

    private final StepTypes stepTypes;

    DraftChecks(StepTypes stepTypes) {
        this.stepTypes = stepTypes;
    }

    /** Types, unknown keys and enum values of known step types; unfinished drafts pass. */
    void checkShape(List<StepDefinition> steps) {
        Workflow.requireStepCount(steps);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            int index = i;
            stepTypes.find(step.type()).ifPresent(type -> errors.addAll(type.checkShape(step.config(), config(index))));
            checkCondition(step, i).ifPresent(errors::add);
        }
        failOn(errors);
    }

    /**
     * Everything a run needs, one error per problem; a publishable draft is read into the action each of its steps
     * runs, in order.
     */
    List<StepAction> parsePublishable(OrganizationId organizationId, List<StepDefinition> steps) {
        Workflow.requireStepCount(steps);
        Read read = read(organizationId, steps);
        failOn(read.errors());
        return read.actions();
    }

    /**
     * What {@link #parsePublishable} finds, without refusing: each step's action (null for a step that has errors)
     * and every error. A dry run of a draft reports them.
     */
    Read read(OrganizationId organizationId, List<StepDefinition> steps) {
        List<FieldError> errors = new ArrayList<>();
        List<StepAction> actions = new ArrayList<>();
        if (steps.isEmpty()) {
            errors.add(new FieldError("steps", "a workflow needs at least one step to be published"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            int before = errors.size();
            if (!STEP_ID.matcher(step.id()).matches()) {
                errors.add(new FieldError("steps[" + i + "].id", "must be 1 to 64 characters of a-z, 0-9 and _"));
            } else if (!ids.add(step.id())) {
                errors.add(new FieldError("steps[" + i + "].id", "another step already has id " + step.id()));
            }
            StepAction action = null;
            Optional<StepType<?>> type = stepTypes.find(step.type());
            if (type.isEmpty()) {
                errors.add(new FieldError("steps[" + i + "].type",
                        "unknown step type; known: " + String.join(", ", stepTypes.names())));
            } else {
                List<FieldError> shape = type.get().checkShape(step.config(), config(i));
                if (shape.isEmpty()) {
                    StepType.Parsed<?> parsed = type.get().parse(organizationId, step.config(), config(i));
                    errors.addAll(parsed.errors());
                    action = parsed.action();
                } else {
                    errors.addAll(shape);
                }
            }
            checkCondition(step, i).ifPresent(errors::add);
            actions.add(errors.size() == before ? action : null);
        }
        return new Read(actions, errors);
    }

    /** A draft as read: one action per step, null where the step has errors. */
    record Read(List<StepAction> actions, List<FieldError> errors) {
    }

    private static Optional<FieldError> checkCondition(StepDefinition step, int index) {
        Condition when = step.when();
        if (when != null && !Condition.isKnownField(when.field())) {
            return Optional.of(new FieldError("steps[" + index + "].when.field",
                    "must be case.priority, case.case_type, case.tags or case.attributes.<name>"));
        }
        return Optional.empty();
    }

    private static String config(int index) {
        return "steps[" + index + "].config";
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw FieldErrorsException.validation(errors);
        }
    }
}
