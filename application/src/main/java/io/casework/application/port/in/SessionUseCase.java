package io.casework.application.port.in;

import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.util.Optional;

/** Sessions of signed-in staff members: they end after 12 hours idle, on sign-out, or when the member is deactivated. */
public interface SessionUseCase {
    /** Uses a sign-in link's token: a new session, or empty when the link is unknown, used, expired or its member inactive. */
    Optional<SignedIn> signIn(String token);

    /** The session with this id, now seen; empty when it has ended. */
    Optional<SignedIn> current(String sessionId);

    void signOut(String sessionId);

    /** {@code sessionId} is the secret the browser holds; it is stored only as a hash. */
    record SignedIn(String sessionId, OrganizationId organizationId, StaffMemberId staffMemberId) {
    }
}
