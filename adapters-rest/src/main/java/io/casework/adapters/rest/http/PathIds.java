package io.casework.adapters.rest.http;

import io.casework.application.port.in.NotFoundException;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.assignee.TeamId;
import io.casework.domain.cases.CaseId;
import io.casework.domain.organization.ApiKeyId;
import io.casework.domain.shared.PrefixedId;
import io.casework.domain.workflow.WorkflowId;
import io.casework.domain.workflow.WorkflowRunId;
import io.casework.domain.webhook.WebhookEndpointId;
import java.util.function.Function;

/** An id in a path that is not of the resource's type names nothing there: 404, like an unknown one. */
public final class PathIds {
    private PathIds() {
    }

    public static StaffMemberId staffMember(String raw) {
        return parse(raw, StaffMemberId.PREFIX, "staff member", StaffMemberId::new);
    }

    public static ApiKeyId apiKey(String raw) {
        return parse(raw, ApiKeyId.PREFIX, "API key", ApiKeyId::new);
    }

    public static TeamId team(String raw) {
        return parse(raw, TeamId.PREFIX, "team", TeamId::new);
    }

    public static CaseId aCase(String raw) {
        return parse(raw, CaseId.PREFIX, "case", CaseId::new);
    }

    public static WorkflowId workflow(String raw) {
        return parse(raw, WorkflowId.PREFIX, "workflow", WorkflowId::new);
    }

    public static WorkflowRunId workflowRun(String raw) {
        return parse(raw, WorkflowRunId.PREFIX, "workflow run", WorkflowRunId::new);
    }

    public static WebhookEndpointId webhookEndpoint(String raw) {
        return parse(raw, WebhookEndpointId.PREFIX, "webhook endpoint", WebhookEndpointId::new);
    }

    /** Deliveries have no id type of their own in the domain: they are the application's records. */
    public static String webhookDelivery(String raw) {
        return parse(raw, "whd_", "webhook delivery", Function.identity());
    }

    /** Versions are numbered from 1; anything else names no version. */
    public static int versionNumber(String raw) {
        if (!raw.matches("[1-9][0-9]{0,8}")) {
            throw new NotFoundException("workflow version", raw);
        }
        return Integer.parseInt(raw);
    }

    private static <T> T parse(String raw, String prefix, String what, Function<String, T> id) {
        if (!PrefixedId.matches(raw, prefix)) {
            throw new NotFoundException(what, raw);
        }
        return id.apply(raw);
    }
}
