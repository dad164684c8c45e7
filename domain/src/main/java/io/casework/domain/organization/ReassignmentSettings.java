package io.casework.domain.organization;

import io.casework.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Objects;

/**
 * What happens to a member's open cases when they become unavailable (deactivated, away, or at the start of an
 * out-of-office window longer than {@code afterHours}).
 */
public record ReassignmentSettings(OnUnavailable onUnavailable, int afterHours) {
    public static final int MAX_AFTER_HOURS = 8760;
    public static final ReassignmentSettings DEFAULT = new ReassignmentSettings(OnUnavailable.NONE, 24);

    /** {@code NONE}: cases stay; {@code TEAM_QUEUE}: back to the team they came through; {@code RERUN}: a new run. */
    public enum OnUnavailable {
        NONE, TEAM_QUEUE, RERUN
    }

    public ReassignmentSettings {
        if (onUnavailable == null) {
            throw new InvalidValueException("reassign_on_unavailable", "is required");
        }
        if (afterHours < 0 || afterHours > MAX_AFTER_HOURS) {
            throw new InvalidValueException("reassign_after_hours", "must be 0 to " + MAX_AFTER_HOURS);
        }
    }

    /** Whether an out-of-office window this long moves the member's cases when it starts. */
    public boolean movesFor(Duration window) {
        Objects.requireNonNull(window);
        return onUnavailable != OnUnavailable.NONE && window.compareTo(Duration.ofHours(afterHours)) > 0;
    }

    public ReassignmentSettings withOnUnavailable(OnUnavailable value) {
        return new ReassignmentSettings(value, afterHours);
    }

    public ReassignmentSettings withAfterHours(int value) {
        return new ReassignmentSettings(onUnavailable, value);
    }
}
