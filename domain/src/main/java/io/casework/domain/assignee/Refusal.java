package io.casework.domain.assignee;

/** Why a staff member cannot take one more case. */
public enum Refusal {
    DEACTIVATED, AWAY, OUT_OF_OFFICE, AT_CAPACITY
}
