package io.casework.domain.assignee;

public enum StaffStatus {
    ACTIVE, DEACTIVATED
}
