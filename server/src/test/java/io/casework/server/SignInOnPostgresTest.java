package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.application.port.in.UseCases;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** Signing in by a link from the outbox on PostgreSQL: over HTTP, and in a real browser. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SignInOnPostgresTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;
    @RegisterExtension
    static final Browser BROWSER = new Browser(APP::getLocalPort);
    private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+)(/sign-in/[A-Za-z0-9_-]{43})");

    private static String staffMember(String email) {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        TestServer.Response created = SERVER.post(key, "/v1/staff-members",
                "{\"email\":\"" + email + "\",\"name\":\"Ada Lovelace\"}");
        assertThat(created.status()).isEqualTo(201);
        return key;
    }

    private static TestServer.Response requestLink(String email) {
        return SERVER.send(null, "POST", "/sign-in", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
    }

    /** The path of the link in the next email to {@code email} that the outbox writes. */
    private static String emailedLinkPath(String email) {
        String text = Outbox.text(SERVER.outbox().next(email));
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        assertThat(link.group(1)).as("the default public URL").isEqualTo(APP.getConfiguration().publicUrlOrDefault());
        return link.group(2);
    }

    private static UseCases casework() {
        return SERVER.casework();
    }

    @Test
    void aLinkSetsAnHttpOnlyLaxSessionCookieOnceAndSignOutEndsTheSession() throws Exception {
        staffMember("grace@example.test");
        assertThat(requestLink("Grace@Example.test").status()).isEqualTo(200);
        String link = emailedLinkPath("grace@example.test");

        TestServer.Response followed = SERVER.send(null, "GET", link, null, null);
        TestServer.Response reused = SERVER.send(null, "GET", link, null, null);

        assertThat(followed.status()).isEqualTo(303);
        assertThat(followed.header("Location")).endsWith("/");
        String cookie = followed.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("casework_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
        String sessionId = cookie.substring("casework_session=".length(), cookie.indexOf(';'));
        assertThat(casework().sessions().current(sessionId)).isPresent();
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.body().asText()).contains("This link no longer works", "href=\"/sign-in\"");

        TestServer.Response page = SERVER.send(null, "GET", "/organization", null, null,
                "Cookie", "casework_session=" + sessionId);
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.raw().body());
        assertThat(csrf.find()).as("the sign-out form carries the session's CSRF token").isTrue();
        TestServer.Response forged = SERVER.send(null, "POST", "/sign-out", "csrf=forged",
                "application/x-www-form-urlencoded", "Cookie", "casework_session=" + sessionId);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.raw().body()).contains("This form has expired");
        assertThat(casework().sessions().current(sessionId)).as("a forged sign-out changes nothing").isPresent();

        TestServer.Response signedOut = SERVER.send(null, "POST", "/sign-out", "csrf=" + csrf.group(1),
                "application/x-www-form-urlencoded", "Cookie", "casework_session=" + sessionId);
        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(casework().sessions().current(sessionId)).isEmpty();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAsAStaffMembers() {
        staffMember("linus@example.test");

        TestServer.Response known = requestLink("linus@example.test");
        TestServer.Response unknown = requestLink("nobody@example.test");

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(200);
        assertThat(unknown.body().asText().replace("nobody@", "linus@")).isEqualTo(known.body().asText());
        assertThat(known.body().asText()).contains("belongs to an active staff member, a link to sign in is on its way");
    }

    @Test
    void aPersonFollowsTheEmailedLinkBackToThePageTheyAskedForAndCannotReuseIt() throws Exception {
        staffMember("ada@example.test");
        WebDriver page = BROWSER.driver();
        BROWSER.open("/sign-in?next=/cases/mine");
        page.findElement(By.id("email")).sendKeys("ada@example.test");
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        BROWSER.awaitTitle("Check your email · Casework");

        String link = emailedLinkPath("ada@example.test");
        BROWSER.open(link);

        assertThat(page.getCurrentUrl()).endsWith("/cases/mine");
        Cookie session = page.manage().getCookieNamed("casework_session");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(casework().sessions().current(session.getValue())).as("signed in").isPresent();

        BROWSER.open(link);
        BROWSER.awaitTitle("This link no longer works · Casework");
        assertThat(page.findElement(By.linkText("Email me a new link")).getAttribute("href")).endsWith("/sign-in");
        BROWSER.screenshot("sign-in-link-refused");
    }
}
