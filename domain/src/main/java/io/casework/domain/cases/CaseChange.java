package io.casework.domain.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a case a client may change; an empty Optional leaves that part alone.
 * {@code resolution} distinguishes "absent" (outer empty) from "set to null" (inner empty).
 */
public record CaseChange(Optional<CaseStatus> status, Optional<Optional<String>> resolution,
                         Optional<Priority> priority, Optional<List<String>> tags,
                         Optional<Map<String, Object>> attributes) {
}
