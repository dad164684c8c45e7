package io.casework.domain.assignee;

/** Why a staff member cannot take one more case. */
public enum Refusal {
    DEACTIVATED, AWAY, AT_CAPACITY
}
