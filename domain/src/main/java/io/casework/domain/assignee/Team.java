package io.casework.domain.assignee;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.shared.SingleLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A named group of staff members; its member order is the round-robin rotation order. */
public final class Team {
    public static final int MAX_MEMBERS = 500;

    private final TeamId id;
    private final OrganizationId organizationId;
    private String name;
    private final List<StaffMemberId> memberIds;
    private final Instant createdAt;
    private final long version;

    private Team(TeamId id, OrganizationId organizationId, String name, List<StaffMemberId> memberIds,
                 Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.name = requireName(name);
        this.memberIds = new ArrayList<>();
        memberIds.forEach(this::addMember);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    public static Team form(TeamId id, OrganizationId organizationId, String name, List<StaffMemberId> memberIds,
                            Instant now) {
        return new Team(id, organizationId, SingleLine.require("name", name), memberIds, now, 1);
    }

    public static Team rehydrate(TeamId id, OrganizationId organizationId, String name, List<StaffMemberId> memberIds,
                                 Instant createdAt, long version) {
        return new Team(id, organizationId, name, memberIds, createdAt, version);
    }

    public void rename(String newName) {
        this.name = requireName(SingleLine.require("name", newName));
    }

    /** Adding a member twice changes nothing. */
    public void addMember(StaffMemberId memberId) {
        Objects.requireNonNull(memberId);
        if (memberIds.contains(memberId)) {
            return;
        }
        if (memberIds.size() >= MAX_MEMBERS) {
            throw new InvalidValueException("member_ids", "a team has at most " + MAX_MEMBERS + " members");
        }
        memberIds.add(memberId);
    }

    public void removeMember(StaffMemberId memberId) {
        memberIds.remove(memberId);
    }

    public boolean hasMember(StaffMemberId memberId) {
        return memberIds.contains(memberId);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidValueException("name", "must be 1 to 200 characters");
        }
        return name;
    }

    public TeamId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public List<StaffMemberId> memberIds() {
        return List.copyOf(memberIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
