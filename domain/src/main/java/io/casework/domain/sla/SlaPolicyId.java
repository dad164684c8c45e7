package io.casework.domain.sla;

import io.casework.domain.shared.PrefixedId;

public record SlaPolicyId(String value) {
    public static final String PREFIX = "slap_";

    public SlaPolicyId {
        PrefixedId.require(value, PREFIX, "id");
    }

    @Override
    public String toString() {
        return value;
    }
}
