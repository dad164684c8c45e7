package io.casework.domain.assignee;

/** What a staff member may do: admins manage workflows, staff, teams and keys; reviewers see and work cases. */
public enum Role {
    ADMIN, REVIEWER
}
