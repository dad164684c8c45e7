package io.casework.adapters.persistence.jdbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casework.application.port.out.Notifier;

/**
 * The stored form of a {@link Notifier.Email} (notifications.email): explicit snake_case field names, so renaming a
 * Java record component cannot make stored emails unreadable.
 */
final class EmailDocument {
    private EmailDocument() {
    }

    static String write(Notifier.Email email) {
        ObjectNode json = JsonColumns.newObject();
        json.put("message_id", email.messageId());
        json.put("kind", Rows.wire(email.kind()));
        json.putObject("recipient")
                .put("email", email.recipient().email())
                .put("name", email.recipient().name());
        Notifier.CaseSummary summary = email.caseSummary();
        json.putObject("case")
                .put("case_id", summary.caseId())
                .put("case_type", summary.caseType())
                .put("priority", summary.priority())
                .put("subject_name", summary.subjectName())
                .put("subject_reference_id", summary.subjectReferenceId());
        json.put("assigned_by", email.assignedBy());
        json.put("case_url", email.caseUrl());
        json.put("team_name", email.teamName());
        return JsonColumns.write(json);
    }

    static Notifier.Email read(String stored) {
        JsonNode json = JsonColumns.readTree(stored);
        JsonNode recipient = json.path("recipient");
        JsonNode summary = json.path("case");
        return new Notifier.Email(JsonColumns.text(json, "message_id"),
                Rows.enumOf(Notifier.Kind.class, JsonColumns.text(json, "kind")),
                new Notifier.Recipient(JsonColumns.text(recipient, "email"), JsonColumns.text(recipient, "name")),
                new Notifier.CaseSummary(JsonColumns.text(summary, "case_id"), JsonColumns.text(summary, "case_type"),
                        JsonColumns.text(summary, "priority"), JsonColumns.text(summary, "subject_name"),
                        JsonColumns.text(summary, "subject_reference_id")),
                JsonColumns.text(json, "assigned_by"), JsonColumns.text(json, "case_url"),
                JsonColumns.text(json, "team_name"));
    }
}
