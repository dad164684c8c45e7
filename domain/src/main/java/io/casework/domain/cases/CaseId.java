package io.casework.domain.cases;

import io.casework.domain.shared.PrefixedId;

public record CaseId(String value) {
    public static final String PREFIX = "case_";

    public CaseId {
        PrefixedId.require(value, PREFIX, "case_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
