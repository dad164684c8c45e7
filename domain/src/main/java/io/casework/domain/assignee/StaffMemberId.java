package io.casework.domain.assignee;

import io.casework.domain.shared.PrefixedId;

public record StaffMemberId(String value) {
    public static final String PREFIX = "stf_";

    public StaffMemberId {
        PrefixedId.require(value, PREFIX, "staff_member_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
