package io.casework.domain.assignee;

import io.casework.domain.organization.OrganizationId;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.shared.SingleLine;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A reviewer who can be assigned cases. */
public final class StaffMember {
    private final StaffMemberId id;
    private final OrganizationId organizationId;
    private Email email;
    private String name;
    private Role role;
    private StaffStatus status;
    private Availability availability;
    private Integer maxActiveCases;
    private OutOfOffice outOfOffice;
    private final Instant createdAt;
    private final long version;

    private StaffMember(StaffMemberId id, OrganizationId organizationId, Email email, String name, Role role,
                        StaffStatus status, Availability availability, Integer maxActiveCases, OutOfOffice outOfOffice,
                        Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.email = Objects.requireNonNull(email);
        this.name = requireName(name);
        this.role = Objects.requireNonNull(role);
        this.status = Objects.requireNonNull(status);
        this.availability = Objects.requireNonNull(availability);
        this.maxActiveCases = requireCapacity(maxActiveCases);
        this.outOfOffice = Objects.requireNonNull(outOfOffice);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    /** A new member is a reviewer until made an admin. */
    public static StaffMember hire(StaffMemberId id, OrganizationId organizationId, Email email, String name, Instant now) {
        return new StaffMember(id, organizationId, email, SingleLine.require("name", name), Role.REVIEWER, StaffStatus.ACTIVE, Availability.AVAILABLE,
                null, OutOfOffice.NONE, now, 1);
    }

    public static StaffMember rehydrate(StaffMemberId id, OrganizationId organizationId, Email email, String name,
                                        Role role, StaffStatus status, Availability availability,
                                        Integer maxActiveCases, OutOfOffice outOfOffice, Instant createdAt,
                                        long version) {
        return new StaffMember(id, organizationId, email, name, role, status, availability, maxActiveCases,
                outOfOffice, createdAt, version);
    }

    public void rename(String newName) {
        this.name = requireName(SingleLine.require("name", newName));
    }

    /** Correcting a mistyped address; the organization's uniqueness of addresses is the repository's to keep. */
    public void changeEmail(Email newEmail) {
        this.email = Objects.requireNonNull(newEmail);
    }

    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole);
    }

    public void changeStatus(StaffStatus newStatus) {
        this.status = Objects.requireNonNull(newStatus);
    }

    public void changeAvailability(Availability newAvailability) {
        this.availability = Objects.requireNonNull(newAvailability);
    }

    /** {@code null} removes the limit. */
    public void limitActiveCases(Integer max) {
        this.maxActiveCases = requireCapacity(max);
    }

    /** Replaces every out-of-office window. */
    public void planOutOfOffice(OutOfOffice windows) {
        this.outOfOffice = Objects.requireNonNull(windows);
    }

    /** Active, available and not out of office at {@code now}: may receive new cases, capacity aside. */
    public boolean isReachable(Instant now) {
        return status == StaffStatus.ACTIVE && availability == Availability.AVAILABLE && !outOfOffice.covers(now);
    }

    /**
     * Why this member cannot take one more case at {@code now} while holding {@code activeCases}, or empty if they
     * can. Out of office refuses as away does; it is named apart so that a refusal says which it was.
     */
    public Optional<Refusal> refusal(long activeCases, Instant now) {
        if (status == StaffStatus.DEACTIVATED) {
            return Optional.of(Refusal.DEACTIVATED);
        }
        if (availability == Availability.AWAY) {
            return Optional.of(Refusal.AWAY);
        }
        if (outOfOffice.covers(now)) {
            return Optional.of(Refusal.OUT_OF_OFFICE);
        }
        if (maxActiveCases != null && activeCases >= maxActiveCases) {
            return Optional.of(Refusal.AT_CAPACITY);
        }
        return Optional.empty();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidValueException("name", "must be 1 to 200 characters");
        }
        return name;
    }

    private static Integer requireCapacity(Integer max) {
        if (max != null && max < 1) {
            throw new InvalidValueException("max_active_cases", "must be at least 1, or null for no limit");
        }
        return max;
    }

    public StaffMemberId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public Email email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    /** Active: may sign in and keep a session. */
    public boolean isActive() {
        return status == StaffStatus.ACTIVE;
    }

    public StaffStatus status() {
        return status;
    }

    public Availability availability() {
        return availability;
    }

    public Integer maxActiveCases() {
        return maxActiveCases;
    }

    public OutOfOffice outOfOffice() {
        return outOfOffice;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The version this instance was loaded at; storage bumps it on save. */
    public long version() {
        return version;
    }
}
