package io.casework.application.port.in;

import io.casework.domain.cases.CaseEvent;
import io.casework.domain.cases.CaseId;

/** One entry of a case's timeline: an event the case recorded, with the id it was stored under. */
public record CaseEventView(String id, CaseId caseId, CaseEvent event) {
}
