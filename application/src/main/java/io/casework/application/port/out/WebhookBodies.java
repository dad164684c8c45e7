package io.casework.application.port.out;

import io.casework.domain.cases.Case;
import io.casework.domain.organization.OrganizationId;
import io.casework.domain.workflow.WorkflowRun;
import java.time.Instant;

/**
 * Writes an event's body, the JSON receivers get: {@code {"id","type","created_at","organization_id","data"}} with
 * {@code data} the case or run as the API shows it. Written when the event is queued, so every attempt sends the
 * same bytes.
 */
public interface WebhookBodies {
    String caseEvent(Envelope envelope, Case aCase);

    String runEvent(Envelope envelope, WorkflowRun run);

    record Envelope(String id, String type, Instant createdAt, OrganizationId organizationId) {
    }
}
