package io.casework.domain.cases;

import java.util.Objects;

/** Who caused a change: an API key, a workflow run, a staff member in the dashboard, or the system itself. */
public record Actor(Type type, String id) {
    public enum Type {
        API_KEY, WORKFLOW_RUN, STAFF_MEMBER, SYSTEM
    }

    public Actor {
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
    }

    public static Actor apiKey(String keyId) {
        return new Actor(Type.API_KEY, keyId);
    }

    public static Actor workflowRun(String runId) {
        return new Actor(Type.WORKFLOW_RUN, runId);
    }

    public static Actor staffMember(String staffMemberId) {
        return new Actor(Type.STAFF_MEMBER, staffMemberId);
    }
}
