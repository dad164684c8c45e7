package io.casework.domain.organization;

import io.casework.domain.shared.PrefixedId;

public record OrganizationId(String value) {
    public static final String PREFIX = "org_";

    public OrganizationId {
        PrefixedId.require(value, PREFIX, "organization_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
