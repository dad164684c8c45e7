package io.casework.domain.cases;

import io.casework.domain.assignee.Email;
import io.casework.domain.shared.InvalidValueException;
import io.casework.domain.shared.SingleLine;

/** The person a case is about. Every part is optional. */
public record Subject(String referenceId, String name, Email email) {
    public Subject {
        requireLength("subject.reference_id", referenceId);
        requireLength("subject.name", name);
    }

    /** A subject as a client gives it: besides the lengths, the reference id and name are single lines. */
    public static Subject given(String referenceId, String name, Email email) {
        return new Subject(SingleLine.require("subject.reference_id", referenceId),
                SingleLine.require("subject.name", name), email);
    }

    private static void requireLength(String field, String value) {
        if (value != null && value.length() > 200) {
            throw new InvalidValueException(field, "must be at most 200 characters");
        }
    }
}
