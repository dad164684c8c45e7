package io.casework.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.adapters.rest.RestApi;
import io.casework.adapters.rest.cases.CaseResponse;
import io.casework.adapters.rest.workflow.WorkflowRunResponse;
import io.casework.application.port.out.WebhookBodies;
import io.casework.domain.cases.Case;
import io.casework.domain.workflow.WorkflowRun;
import io.dropwizard.jackson.Jackson;
import java.time.Instant;

/**
 * Event bodies with the API's own shapes and JSON rules ({@link RestApi#configure}): a receiver reads the case or run
 * in an event exactly as {@code GET} shows it. Here, in the server, because it joins two adapters' knowledge: the
 * REST shapes and the outbox that stores them.
 */
final class JsonWebhookBodies implements WebhookBodies {
    private final ObjectMapper json;

    JsonWebhookBodies() {
        json = Jackson.newObjectMapper();
        RestApi.configure(json);
    }

    @Override
    public String caseEvent(Envelope envelope, Case aCase) {
        return write(envelope, CaseResponse.from(aCase));
    }

    @Override
    public String runEvent(Envelope envelope, WorkflowRun run) {
        return write(envelope, WorkflowRunResponse.from(run));
    }

    private String write(Envelope envelope, Object data) {
        try {
            return json.writeValueAsString(new Event(envelope.id(), envelope.type(), envelope.createdAt(),
                    envelope.organizationId().value(), data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an API shape did not serialize", e);
        }
    }

    private record Event(String id, String type, Instant createdAt, String organizationId, Object data) {
    }
}
