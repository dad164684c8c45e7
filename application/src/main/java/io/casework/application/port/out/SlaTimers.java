package io.casework.application.port.out;

import io.casework.domain.cases.Case;
import java.time.Instant;
import java.util.List;

/**
 * The cases whose next SLA deadline ({@link Case#slaDueAt()}, stored with the case) has come, in every organization.
 */
public interface SlaTimers {
    /**
     * Claims up to {@code max} cases due at {@code now}, earliest first, that no other claimer holds; the claim (a lock
     * on each case) holds until the calling transaction ends, so two processes never fire the same deadline.
     */
    List<Case> claimDue(Instant now, int max);
}
