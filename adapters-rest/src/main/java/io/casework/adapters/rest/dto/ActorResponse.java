package io.casework.adapters.rest.dto;

import io.casework.domain.cases.Actor;

/** Who did something: {@code {"type": "api_key", "id": "key_…"}} or a workflow run. */
public record ActorResponse(String type, String id) {
    public static ActorResponse from(Actor actor) {
        return new ActorResponse(WireNames.of(actor.type()), actor.id());
    }
}
