package io.casework.adapters.web.cases;

import io.casework.domain.cases.Case;
import io.casework.domain.cases.Subject;

/** One case in a list: who it is about (the link to its page), what, how urgent, where it stands, who holds it. */
public record CaseRow(String id, String subject, String caseType, String priority, String priorityClass,
                      String status, String statusClass, String assignee, String created, String createdIso) {

    static CaseRow of(Case aCase, Names names) {
        return new CaseRow(aCase.id().value(), subjectName(aCase), aCase.type().value(),
                Labels.words(aCase.priority()), Labels.wire(aCase.priority()), Labels.words(aCase.status()),
                Labels.wire(aCase.status()), aCase.assignee().map(names::assignee).orElse(""),
                Labels.when(aCase.createdAt()), Labels.iso(aCase.createdAt()));
    }

    /** The subject's name, else its reference id, else the case id: a case always has something to click. */
    static String subjectName(Case aCase) {
        Subject subject = aCase.subject();
        if (subject != null && subject.name() != null && !subject.name().isBlank()) {
            return subject.name();
        }
        if (subject != null && subject.referenceId() != null && !subject.referenceId().isBlank()) {
            return subject.referenceId();
        }
        return aCase.id().value();
    }

    public String path() {
        return "/cases/" + id;
    }
}
