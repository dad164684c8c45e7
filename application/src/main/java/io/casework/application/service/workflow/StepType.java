package io.casework.application.service.workflow;

import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.StepAction;
import java.util.List;
import java.util.Map;

/**
 * A kind of workflow step, parsing its config into actions of type {@code A}. Adding one is a {@link StepAction}, this
 * interface implemented once, and its registration in {@link StepTypes}: saving a draft calls {@link #checkShape},
 * publishing {@link #parse}, runs {@link #execute} with what was parsed.
 */
public interface StepType<A extends StepAction> {
    /** The {@code type} authors write, such as {@code assign_case}. */
    String name();

    /** The actions this type parses and executes. */
    Class<A> actionType();

    /** Types, unknown keys and enum values of {@code config}; errors name fields under {@code path}. */
    List<FieldError> checkShape(Map<String, Object> config, String path);

    /**
     * Everything a run needs (required keys present, referenced things existing in the organization), read into
     * the action runs execute. Called at publish time, on a config whose shape passed {@link #checkShape}.
     */
    Parsed<A> parse(OrganizationId organizationId, Map<String, Object> config, String path);

    /**
     * Does the step's work on the locked case, inside the run's transaction.
     *
     * @return the step's output, shown in the run log
     * @throws io.casework.domain.shared.DomainException to fail the step with its code
     */
    Map<String, Object> execute(StepContext context, A action);

    /** A config read at publish time: its action, or every problem that kept it from being one. */
    record Parsed<A extends StepAction>(A action, List<FieldError> errors) {
        public Parsed {
            errors = List.copyOf(errors);
            if ((action == null) == errors.isEmpty()) {
                throw new IllegalArgumentException("a parsed config has either an action or errors");
            }
        }
    }
}
