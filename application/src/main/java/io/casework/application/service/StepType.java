package io.casework.application.service;

import io.casework.application.port.in.FieldErrorsException.FieldError;
import io.casework.domain.organization.OrganizationId;
import java.util.List;
import java.util.Map;

/**
 * A kind of workflow step. Adding one is this interface, implemented once, plus its registration in
 * {@link StepTypes}: saving a draft calls {@link #checkShape}, publishing {@link #validate}, runs {@link #execute}.
 */
public interface StepType {
    /** The {@code type} authors write, such as {@code assign_case}. */
    String name();

    /** Types, unknown keys and enum values of {@code config}; errors name fields under {@code path}. */
    List<FieldError> checkShape(Map<String, Object> config, String path);

    /** Everything a run needs: required keys present, referenced things existing in the organization. */
    List<FieldError> validate(OrganizationId organizationId, Map<String, Object> config, String path);

    /**
     * Does the step's work on the locked case, inside the run's transaction.
     *
     * @return the step's output, shown in the run log
     * @throws io.casework.domain.shared.DomainException to fail the step with its code
     */
    Map<String, Object> execute(StepContext context, Map<String, Object> config);
}
