package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.CreateOrganizationUseCase.CreatedOrganization;
import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.domain.assignee.Email;
import io.casework.domain.assignee.Role;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organization page's settings: an admin changes them in a form; a reviewer only reads them. */
@ExtendWith(DropwizardExtensionsSupport.class)
class OrganizationSettingsPageTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    @Test
    void anAdminChangesTheSettingsAndARefusedValueComesBackNextToItsField() {
        CreatedOrganization org = organization();
        String session = signedIn(org, "ada@initech.test", Role.ADMIN);
        String csrf = csrf(session);

        TestServer.Response refused = post(session, "csrf=" + csrf
                + "&reassign_on_unavailable=team_queue&reassign_after_hours=forever");
        TestServer.Response saved = post(session, "csrf=" + csrf
                + "&reassign_on_unavailable=team_queue&reassign_after_hours=48");
        String page = get(session).raw().body();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.raw().body()).contains("id=\"reassign-after-hours-error\"", "value=\"forever\"",
                "<option value=\"team_queue\" selected>");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/organization?saved=settings");
        assertThat(page).contains("<option value=\"team_queue\" selected>", "value=\"48\"");
        assertThat(SERVER.get(org.apiKey(), "/v1/organization").body().get("settings").toString())
                .isEqualTo("{\"reassign_on_unavailable\":\"team_queue\",\"reassign_after_hours\":48}");
    }

    @Test
    void aReviewerReadsTheSettingsButCannotChangeThem() {
        CreatedOrganization org = organization();
        String session = signedIn(org, "milton@initech.test", Role.REVIEWER);

        String page = get(session).raw().body();
        TestServer.Response refused = post(session, "csrf=" + csrf(session)
                + "&reassign_on_unavailable=rerun&reassign_after_hours=1");

        assertThat(page).contains("id=\"reassign-on-unavailable\">They stay with the member</dd>", "24 hours")
                .doesNotContain("action=\"/organization/settings\"");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(SERVER.get(org.apiKey(), "/v1/organization").body().at("/settings/reassign_on_unavailable")
                .asText()).isEqualTo("none");
    }

    private static CreatedOrganization organization() {
        return SERVER.casework().createOrganization().create(new CreateOrganizationCommand("Initech", Plan.GROWTH));
    }

    private static String signedIn(CreatedOrganization org, String email, Role role) {
        SERVER.casework().createStaffMember().create(new CreateStaffMemberCommand(org.organizationId(),
                new Email(email), "Person", role));
        String link = URI.create(SERVER.casework().signInLinks().issue(new Email(email)).get(0).url()).getRawPath();
        String cookie = SERVER.send(null, "GET", link, null, null).raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("casework_session=")).findFirst().orElseThrow();
        return cookie.substring("casework_session=".length(), cookie.indexOf(';'));
    }

    private static String csrf(String session) {
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get(session).raw().body());
        assertThat(csrf.find()).isTrue();
        return csrf.group(1);
    }

    private static TestServer.Response get(String session) {
        return SERVER.send(null, "GET", "/organization", null, null, "Cookie", "casework_session=" + session);
    }

    private static TestServer.Response post(String session, String form) {
        return SERVER.send(null, "POST", "/organization/settings", form, "application/x-www-form-urlencoded",
                "Cookie", "casework_session=" + session);
    }
}
