package io.casework.domain.workflow;

import io.casework.domain.shared.PrefixedId;

public record WorkflowId(String value) {
    public static final String PREFIX = "wfl_";

    public WorkflowId {
        PrefixedId.require(value, PREFIX, "workflow_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
