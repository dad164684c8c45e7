package io.casework.domain.assignee;

import io.casework.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A staff member's out-of-office windows, at most {@value #MAX_WINDOWS}, none overlapping another, kept in the
 * order they start. During one the member takes no new case, as if away; no job runs at a window's edges, so
 * whoever assigns asks {@link #covers} with the time of the assignment.
 */
public final class OutOfOffice {
    public static final int MAX_WINDOWS = 50;
    public static final OutOfOffice NONE = new OutOfOffice(List.of());

    private final List<OutOfOfficeWindow> windows;

    private OutOfOffice(List<OutOfOfficeWindow> windows) {
        this.windows = windows.stream().sorted(Comparator.comparing(OutOfOfficeWindow::startsAt)).toList();
    }

    /**
     * @throws InvalidValueException naming {@code windows} when there are too many, or {@code windows[i].starts_at}
     *                               for a window that overlaps an earlier one of the list as given
     */
    public static OutOfOffice of(List<OutOfOfficeWindow> windows) {
        if (windows.size() > MAX_WINDOWS) {
            throw new InvalidValueException("windows", "must be at most " + MAX_WINDOWS + " windows");
        }
        for (int later = 1; later < windows.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (windows.get(later).overlaps(windows.get(earlier))) {
                    throw new InvalidValueException("windows[" + later + "].starts_at",
                            "overlaps windows[" + earlier + "]");
                }
            }
        }
        return new OutOfOffice(windows);
    }

    /** Windows as stored, unchecked: rules added later must not stop a stored member from loading. */
    public static OutOfOffice rehydrate(List<OutOfOfficeWindow> windows) {
        return new OutOfOffice(windows);
    }

    public boolean covers(Instant at) {
        return windows.stream().anyMatch(w -> w.covers(at));
    }

    public List<OutOfOfficeWindow> windows() {
        return windows;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutOfOffice other && windows.equals(other.windows);
    }

    @Override
    public int hashCode() {
        return windows.hashCode();
    }

    @Override
    public String toString() {
        return "OutOfOffice" + windows;
    }
}
