package io.casework.domain.assignee;

import java.util.Objects;

/** Who holds a case: a staff member or a whole team (its queue). */
public record Assignee(Kind kind, String id) {
    public enum Kind {
        STAFF_MEMBER, TEAM
    }

    public Assignee {
        Objects.requireNonNull(kind);
        if (kind == Kind.STAFF_MEMBER) {
            new StaffMemberId(id);
        } else {
            new TeamId(id);
        }
    }

    public static Assignee staffMember(StaffMemberId id) {
        return new Assignee(Kind.STAFF_MEMBER, id.value());
    }

    public static Assignee team(TeamId id) {
        return new Assignee(Kind.TEAM, id.value());
    }
}
