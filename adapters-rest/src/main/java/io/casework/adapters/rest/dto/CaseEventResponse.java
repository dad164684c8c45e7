package io.casework.adapters.rest.dto;

import io.casework.application.port.in.CaseEventView;
import java.time.Instant;
import java.util.Map;

/** One entry of a case's timeline; {@code type} such as {@code case.assigned}. */
public record CaseEventResponse(String id, String type, ActorResponse actor, Map<String, Object> data,
                                Instant createdAt) {
    public static CaseEventResponse from(CaseEventView stored) {
        return new CaseEventResponse(stored.id(), stored.event().type().wireName(),
                ActorResponse.from(stored.event().actor()), stored.event().data(), stored.event().occurredAt());
    }
}
