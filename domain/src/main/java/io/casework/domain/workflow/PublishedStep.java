package io.casework.domain.workflow;

import java.util.Objects;

/**
 * A step of a published version: as its author wrote it, which is what is shown and stored, and the action
 * parsed from its config when it was published, which is what runs.
 */
public record PublishedStep(StepDefinition definition, StepAction action) {
    public PublishedStep {
        Objects.requireNonNull(definition);
        Objects.requireNonNull(action);
    }
}
