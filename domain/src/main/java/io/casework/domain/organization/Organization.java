package io.casework.domain.organization;

import io.casework.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/** A tenant: everything else belongs to exactly one organization. */
public final class Organization {
    private final OrganizationId id;
    private final String name;
    private final Plan plan;
    private final Instant createdAt;
    private final ReassignmentSettings reassignment;

    private Organization(OrganizationId id, String name, Plan plan, Instant createdAt,
                         ReassignmentSettings reassignment) {
        this.id = Objects.requireNonNull(id);
        this.name = requireName(name);
        this.plan = Objects.requireNonNull(plan);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.reassignment = Objects.requireNonNull(reassignment);
    }

    public static Organization create(OrganizationId id, String name, Plan plan, Instant now) {
        return new Organization(id, name, plan, now, ReassignmentSettings.DEFAULT);
    }

    /** With the default settings. */
    public static Organization rehydrate(OrganizationId id, String name, Plan plan, Instant createdAt) {
        return new Organization(id, name, plan, createdAt, ReassignmentSettings.DEFAULT);
    }

    public static Organization rehydrate(OrganizationId id, String name, Plan plan, Instant createdAt,
                                         ReassignmentSettings reassignment) {
        return new Organization(id, name, plan, createdAt, reassignment);
    }

    public Organization changePlan(Plan newPlan) {
        return new Organization(id, name, newPlan, createdAt, reassignment);
    }

    public Organization changeReassignment(ReassignmentSettings newSettings) {
        return new Organization(id, name, plan, createdAt, newSettings);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidValueException("name", "must be 1 to 200 characters");
        }
        return name;
    }

    public OrganizationId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Plan plan() {
        return plan;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The settings of {@code PATCH /v1/organization}: what happens to the cases of an unavailable member. */
    public ReassignmentSettings reassignment() {
        return reassignment;
    }
}
