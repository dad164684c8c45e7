package io.casework.application.port.in;

/** Tries a workflow on a case without changing anything: what its steps would do, and why. */
public interface DryRunWorkflowUseCase {
    /**
     * @throws NotFoundException     for an unknown workflow
     * @throws FieldErrorsException {@code validation_failed} for an unknown {@code case_id} or {@code version}
     */
    DryRun dryRun(DryRunCommand command);
}
