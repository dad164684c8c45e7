package io.casework.domain.organization;

import io.casework.domain.shared.PrefixedId;

public record ApiKeyId(String value) {
    public static final String PREFIX = "key_";

    public ApiKeyId {
        PrefixedId.require(value, PREFIX, "api_key_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
