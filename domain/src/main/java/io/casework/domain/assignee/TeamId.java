package io.casework.domain.assignee;

import io.casework.domain.shared.PrefixedId;

public record TeamId(String value) {
    public static final String PREFIX = "team_";

    public TeamId {
        PrefixedId.require(value, PREFIX, "team_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
