package io.casework.domain.assignee;

public enum Availability {
    AVAILABLE, AWAY
}
