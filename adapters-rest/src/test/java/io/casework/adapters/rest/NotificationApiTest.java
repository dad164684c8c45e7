package io.casework.adapters.rest;

import static io.casework.adapters.rest.OpenApiDocumentTest.requiredFields;
import static io.casework.adapters.rest.StaffMemberApiTest.fieldNames;
import static io.casework.adapters.rest.StaffMemberApiTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.ApiClient.Reply;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The emails assignments send, as API.md "Notifications" lists them. */
@ExtendWith(DropwizardExtensionsSupport.class)
class NotificationApiTest {
    private static final TestApi API = new TestApi();
    static final ResourceExtension RESOURCES = API.resources;
    private static final AtomicInteger EMAILS = new AtomicInteger();

    private final ApiClient client = API.newOrganization();

    /** A new case assigned through the API to a new staff member; the assignment notifies them. */
    private static String assignedCase(ApiClient as) {
        String reviewer = as.post("/v1/staff-members",
                "{\"email\":\"n" + EMAILS.incrementAndGet() + "@example.com\",\"name\":\"N\"}").id();
        String caseId = as.post("/v1/cases", "{\"case_type\":\"fraud\"}").id();
        as.post("/v1/cases/" + caseId + "/assign",
                "{\"assignee_type\":\"individual\",\"assignee_id\":\"" + reviewer + "\"}");
        return caseId;
    }

    private String notificationOf(String caseId) {
        return client.get("/v1/notifications?case_id=" + caseId).json().at("/data/0/id").asText();
    }

    @Test
    void anAssignmentNotifiesTheAssignee() {
        String reviewer = client.post("/v1/staff-members", "{\"email\":\"Ada@Example.com\",\"name\":\"Ada\"}").id();
        String caseId = client.post("/v1/cases", "{\"case_type\":\"fraud\"}").id();
        client.post("/v1/cases/" + caseId + "/assign",
                "{\"assignee_type\":\"individual\",\"assignee_id\":\"" + reviewer + "\"}");

        Reply reply = client.get("/v1/notifications?case_id=" + caseId);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("data")).hasSize(1);
        assertThat(reply.json().get("next_cursor").isNull()).isTrue();
        JsonNode notification = reply.json().at("/data/0");
        assertThat(fieldNames(notification)).containsExactly("id", "channel", "case_id", "recipient", "status",
                "attempts", "last_error", "created_at", "sent_at")
                .containsExactlyElementsOf(requiredFields("Notification"));
        assertThat(notification.get("id").asText()).startsWith("ntf_");
        assertThat(notification.get("channel").asText()).isEqualTo("email");
        assertThat(notification.get("case_id").asText()).isEqualTo(caseId);
        assertThat(notification.at("/recipient/staff_member_id").asText()).isEqualTo(reviewer);
        assertThat(notification.at("/recipient/email").asText()).isEqualTo("Ada@Example.com");
        assertThat(notification.get("status").asText()).isEqualTo("pending");
        assertThat(notification.get("attempts").asInt()).isZero();
        assertThat(notification.get("last_error").isNull()).isTrue();
        assertThat(notification.get("sent_at").isNull()).isTrue();
    }

    @Test
    void theListFiltersByCaseAndStatus() {
        String sentCase = assignedCase(client);
        String failedCase = assignedCase(client);
        String pendingCase = assignedCase(client);
        String sent = notificationOf(sentCase);
        String failed = notificationOf(failedCase);
        String pending = notificationOf(pendingCase);
        API.casework.outbox.markSent(List.of(sent), API.clock.instant());
        API.casework.outbox.markAttemptFailed(failed, "550 no such mailbox", Optional.empty());

        Reply sentOnly = client.get("/v1/notifications?status=sent");
        Reply failedOnly = client.get("/v1/notifications?status=failed");

        assertThat(ids(sentOnly)).containsExactly(sent);
        assertThat(sentOnly.json().at("/data/0/attempts").asInt()).isEqualTo(1);
        assertThat(sentOnly.json().at("/data/0/sent_at").isTextual()).isTrue();
        assertThat(ids(failedOnly)).containsExactly(failed);
        assertThat(failedOnly.json().at("/data/0/last_error").asText()).isEqualTo("550 no such mailbox");
        assertThat(ids(client.get("/v1/notifications?status=pending"))).containsExactly(pending);
        assertThat(ids(client.get("/v1/notifications?case_id=" + failedCase + "&status=failed")))
                .containsExactly(failed);
        assertThat(ids(client.get("/v1/notifications?case_id=" + sentCase + "&status=pending"))).isEmpty();
    }

    @Test
    void aBadFilterIs422NamingEachParameter() {
        Reply reply = client.get("/v1/notifications?case_id=stf_abc&status=delivered&cursor=nope");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("validation_failed");
        assertThat(reply.errorFields()).containsExactly("case_id", "status", "cursor");
    }

    @Test
    void anotherOrganizationsNotificationsAreNeverListed() {
        String theirCase = assignedCase(API.newOrganization());

        assertThat(client.get("/v1/notifications").json().get("data")).isEmpty();
        assertThat(client.get("/v1/notifications?case_id=" + theirCase).json().get("data")).isEmpty();
    }

    @Test
    void theListIsNewestFirstInPages() {
        String older = notificationOf(assignedCase(client));
        String newer = notificationOf(assignedCase(client));

        Reply first = client.get("/v1/notifications?limit=1");
        Reply second = client.get("/v1/notifications?limit=1&cursor=" + first.json().get("next_cursor").asText());

        assertThat(ids(first)).containsExactly(newer);
        assertThat(ids(second)).containsExactly(older);
        assertThat(second.json().get("next_cursor").isNull()).isTrue();
    }

    @Test
    void listingNeedsAKey() {
        assertThat(API.anonymous().get("/v1/notifications").status()).isEqualTo(401);
    }
}
