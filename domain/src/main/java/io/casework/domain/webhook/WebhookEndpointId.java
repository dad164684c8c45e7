package io.casework.domain.webhook;

import io.casework.domain.shared.PrefixedId;

public record WebhookEndpointId(String value) {
    public static final String PREFIX = "whe_";

    public WebhookEndpointId {
        PrefixedId.require(value, PREFIX, "webhook_endpoint_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
