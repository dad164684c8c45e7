package io.casework.application.port.in;

import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import java.util.List;

/**
 * One policy of a list being set: {@code caseTypes} null matches any type, {@code priority} null any priority;
 * {@code firstResponseMinutes} may be null (no assign-by deadline). Checked by {@link SlaPolicyUseCase#replace}.
 */
public record SlaPolicyDraft(List<CaseType> caseTypes, Priority priority, Integer firstResponseMinutes,
                             Integer resolutionMinutes) {
}
