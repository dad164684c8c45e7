package io.casework.adapters.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.casework.adapters.rest.error.Problem;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Calls the API as one organization's key; bodies are raw JSON text, as a client would send them. */
final class ApiClient {
    /** Reads numbers as written, so that a body read back and sent again is the body the server gave. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private final ResourceExtension resources;
    private final String apiKey;

    ApiClient(ResourceExtension resources, String apiKey) {
        this.resources = resources;
        this.apiKey = apiKey;
    }

    String apiKey() {
        return apiKey;
    }

    ApiClient withKey(String otherKey) {
        return new ApiClient(resources, otherKey);
    }

    Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, Map.of());
    }

    /** A POST without a body, as publishing a workflow is. */
    Reply post(String path) {
        return send("POST", path, null, Map.of());
    }

    Reply post(String path, String json) {
        return send("POST", path, Entity.json(json), Map.of());
    }

    Reply post(String path, String json, String idempotencyKey) {
        return send("POST", path, json == null ? null : Entity.json(json), Map.of("Idempotency-Key", idempotencyKey));
    }

    Reply patch(String path, String json) {
        return send("PATCH", path, Entity.json(json), Map.of());
    }

    Reply patch(String path, String json, String ifMatch) {
        return send("PATCH", path, Entity.json(json), Map.of(HttpHeaders.IF_MATCH, ifMatch));
    }

    Reply put(String path) {
        return send("PUT", path, null, Map.of());
    }

    Reply put(String path, String json) {
        return send("PUT", path, Entity.json(json), Map.of());
    }

    Reply put(String path, String json, String ifMatch) {
        return send("PUT", path, Entity.json(json), Map.of(HttpHeaders.IF_MATCH, ifMatch));
    }

    Reply delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    Reply send(String method, String pathAndQuery, Entity<?> entity, Map<String, String> headers) {
        String[] parts = pathAndQuery.split("\\?", 2);
        WebTarget target = resources.target(parts[0]);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] nameValue = pair.split("=", 2);
                target = target.queryParam(nameValue[0], nameValue.length == 2 ? nameValue[1] : "");
            }
        }
        Invocation.Builder request = target.request(MediaType.APPLICATION_JSON_TYPE, Problem.MEDIA_TYPE);
        if (apiKey != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey);
        }
        headers.forEach(request::header);
        try (Response response = entity == null ? request.method(method) : request.method(method, entity)) {
            return new Reply(response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                    response.getHeaderString(HttpHeaders.ETAG), response.getHeaderString("Idempotent-Replayed"),
                    response.readEntity(String.class));
        }
    }

    /** What came back; {@link #json()} parses the body. */
    record Reply(int status, String contentType, String etag, String replayed, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String code() {
            return json().path("code").asText();
        }

        String id() {
            return json().path("id").asText();
        }

        /** The {@code errors[].field} of a problem, in order. */
        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
