package io.casework.application.port.out;

import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Optional;

/** Signed-in sessions, shared by every server process, known by the SHA-256 of their id only. */
public interface Sessions {
    void add(Session session);

    /** The session with this hash if it was last seen after {@code idleSince}, now seen at {@code now}. */
    Optional<Session> touch(String idHash, Instant idleSince, Instant now);

    void remove(String idHash);

    record Session(String idHash, OrganizationId organizationId, StaffMemberId staffMemberId, Instant createdAt) {
    }
}
