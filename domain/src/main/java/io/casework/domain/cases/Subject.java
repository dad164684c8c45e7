package io.casework.domain.cases;

import io.casework.domain.assignee.Email;
import io.casework.domain.shared.InvalidValueException;

/** The person a case is about. Every part is optional. */
public record Subject(String referenceId, String name, Email email) {
    public Subject {
        requireLength("subject.reference_id", referenceId);
        requireLength("subject.name", name);
    }

    private static void requireLength(String field, String value) {
        if (value != null && value.length() > 200) {
            throw new InvalidValueException(field, "must be at most 200 characters");
        }
    }
}
