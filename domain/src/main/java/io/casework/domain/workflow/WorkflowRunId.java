package io.casework.domain.workflow;

import io.casework.domain.shared.PrefixedId;

public record WorkflowRunId(String value) {
    public static final String PREFIX = "wfr_";

    public WorkflowRunId {
        PrefixedId.require(value, PREFIX, "workflow_run_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
