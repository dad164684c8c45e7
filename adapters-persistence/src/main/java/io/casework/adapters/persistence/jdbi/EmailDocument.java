package io.casework.adapters.persistence.jdbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casework.application.port.out.Notifier;
import io.casework.domain.cases.CaseReassigned;
import io.casework.domain.cases.CaseType;
import io.casework.domain.cases.Priority;
import io.casework.domain.cases.SlaDeadline;
import io.casework.domain.organization.ApiKeyId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stored form of a {@link Notifier.Email} (notifications.email): explicit snake_case field names, so renaming a
 * Java record component cannot make stored emails unreadable.
 */
final class EmailDocument {
    /** Emails stored before {@code changed_by} said who made the change in words; these are the two ways they did. */
    private static final Pattern BY_API = Pattern.compile("the API \\((.+)\\)");
    private static final Pattern BY_WORKFLOW = Pattern.compile("workflow (.*) \\(version (\\d+)\\)", Pattern.DOTALL);

    private EmailDocument() {
    }

    static String write(Notifier.Email email) {
        ObjectNode json = JsonColumns.newObject();
        json.put("message_id", email.messageId());
        json.put("kind", Rows.wire(email.kind()));
        json.putObject("recipient")
                .put("email", email.recipient().email())
                .put("name", email.recipient().name());
        json.put("organization_name", email.organizationName());
        if (email.kind() == Notifier.Kind.SIGN_IN) {
            json.put("sign_in_url", email.signInUrl());
            return JsonColumns.write(json);
        }
        if (email.kind() == Notifier.Kind.REASSIGNED) {
            json.put("reason", Rows.wire(email.digest().reason()));
            ArrayNode cases = json.putArray("cases");
            for (Notifier.MovedCase moved : email.digest().cases()) {
                ObjectNode one = cases.addObject();
                putSummary(one.putObject("case"), moved.caseSummary());
                one.put("case_url", moved.caseUrl());
            }
            return JsonColumns.write(json);
        }
        putSummary(json.putObject("case"), email.caseSummary());
        ObjectNode changedBy = json.putObject("changed_by");
        if (email.changedBy() instanceof Notifier.ChangedBy.ApiKey byApi) {
            changedBy.put("type", "api_key").put("api_key_id", byApi.keyId().value()).put("api_key_name", byApi.name());
        } else if (email.changedBy() instanceof Notifier.ChangedBy.StaffMember byPerson) {
            changedBy.put("type", "staff_member").put("name", byPerson.name());
        } else if (email.changedBy() instanceof Notifier.ChangedBy.Reassignment byReassignment) {
            changedBy.put("type", "reassignment").put("member_name", byReassignment.memberName());
        } else if (email.changedBy() instanceof Notifier.ChangedBy.Workflow byWorkflow) {
            changedBy.put("type", "workflow").put("workflow_name", byWorkflow.name())
                    .put("workflow_version", byWorkflow.version());
        } else if (email.changedBy() instanceof Notifier.ChangedBy.Sla bySla) {
            changedBy.put("type", "sla").put("policy_id", bySla.policyId()).put("deadline", Rows.wire(bySla.deadline()));
        }
        json.put("case_url", email.caseUrl());
        json.put("team_name", email.teamName());
        return JsonColumns.write(json);
    }

    static Notifier.Email read(String stored) {
        JsonNode json = JsonColumns.readTree(stored);
        JsonNode recipient = json.path("recipient");
        Notifier.Kind kind = Rows.enumOf(Notifier.Kind.class, JsonColumns.text(json, "kind"));
        if (kind == Notifier.Kind.REASSIGNED) {
            List<Notifier.MovedCase> cases = new ArrayList<>();
            json.path("cases").forEach(one -> cases.add(new Notifier.MovedCase(summary(one.path("case")),
                    JsonColumns.text(one, "case_url"))));
            return Notifier.Email.reassigned(JsonColumns.text(json, "message_id"),
                    new Notifier.Recipient(JsonColumns.text(recipient, "email"), JsonColumns.text(recipient, "name")),
                    new Notifier.Digest(Rows.enumOf(CaseReassigned.Reason.class, JsonColumns.text(json, "reason")),
                            cases), JsonColumns.text(json, "organization_name"));
        }
        if (kind == Notifier.Kind.SIGN_IN) {
            return Notifier.Email.signIn(JsonColumns.text(json, "message_id"),
                    new Notifier.Recipient(JsonColumns.text(recipient, "email"), JsonColumns.text(recipient, "name")),
                    JsonColumns.text(json, "sign_in_url"), JsonColumns.text(json, "organization_name"));
        }
        return Notifier.Email.aboutCase(JsonColumns.text(json, "message_id"),
                kind,
                new Notifier.Recipient(JsonColumns.text(recipient, "email"), JsonColumns.text(recipient, "name")),
                summary(json.path("case")),
                json.has("changed_by") ? changedBy(json.get("changed_by")) : changedBy(JsonColumns.text(json,
                        "assigned_by")),
                JsonColumns.text(json, "case_url"), JsonColumns.text(json, "team_name"),
                // absent from emails stored before the organization's name was kept: they are sent without it
                JsonColumns.text(json, "organization_name"));
    }

    private static void putSummary(ObjectNode json, Notifier.CaseSummary summary) {
        json.put("case_id", summary.caseId())
                .put("case_type", summary.caseType().value())
                .put("priority", Rows.wire(summary.priority()))
                .put("subject_name", summary.subjectName())
                .put("subject_reference_id", summary.subjectReferenceId());
    }

    private static Notifier.CaseSummary summary(JsonNode summary) {
        return new Notifier.CaseSummary(JsonColumns.text(summary, "case_id"),
                new CaseType(JsonColumns.text(summary, "case_type")),
                Rows.enumOf(Priority.class, JsonColumns.text(summary, "priority")),
                JsonColumns.text(summary, "subject_name"), JsonColumns.text(summary, "subject_reference_id"));
    }

    private static Notifier.ChangedBy changedBy(JsonNode json) {
        String type = JsonColumns.text(json, "type");
        return switch (type) {
            case "api_key" -> new Notifier.ChangedBy.ApiKey(new ApiKeyId(JsonColumns.text(json, "api_key_id")),
                    JsonColumns.text(json, "api_key_name"));
            case "staff_member" -> new Notifier.ChangedBy.StaffMember(JsonColumns.text(json, "name"));
            case "reassignment" -> new Notifier.ChangedBy.Reassignment(JsonColumns.text(json, "member_name"));
            case "workflow" -> new Notifier.ChangedBy.Workflow(JsonColumns.text(json, "workflow_name"),
                    json.get("workflow_version").asInt());
            case "sla" -> new Notifier.ChangedBy.Sla(JsonColumns.text(json, "policy_id"),
                    Rows.enumOf(SlaDeadline.class, JsonColumns.text(json, "deadline")));
            default -> throw new IllegalStateException("unknown changed_by type stored: " + type);
        };
    }

    private static Notifier.ChangedBy changedBy(String words) {
        Matcher byApi = BY_API.matcher(words);
        if (byApi.matches()) {
            return new Notifier.ChangedBy.ApiKey(new ApiKeyId(byApi.group(1)), null);
        }
        Matcher byWorkflow = BY_WORKFLOW.matcher(words);
        if (byWorkflow.matches()) {
            return new Notifier.ChangedBy.Workflow(byWorkflow.group(1), Integer.parseInt(byWorkflow.group(2)));
        }
        throw new IllegalStateException("unknown assigned_by stored: " + words);
    }
}
