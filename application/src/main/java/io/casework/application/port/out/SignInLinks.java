package io.casework.application.port.out;

import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Optional;

/** One-time sign-in links, known by the SHA-256 of their token only. */
public interface SignInLinks {
    void add(SignInLink link);

    /**
     * How many links were made for this address (normalized) at or after {@code since}. Counted under a lock on the
     * address held until the transaction ends, so concurrent requests for one address count one after the other.
     */
    int countSince(String emailNormalized, Instant since);

    /** Uses the link with this hash if it is unused and not expired at {@code now}: only one caller ever gets it. */
    Optional<SignInLink> use(String tokenHash, Instant now);

    record SignInLink(String tokenHash, OrganizationId organizationId, StaffMemberId staffMemberId,
                      String emailNormalized, Instant createdAt, Instant expiresAt) {
    }
}
