package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.application.port.in.UseCases;
import io.casework.domain.assignee.Email;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With an https public URL (TLS ends at a proxy), links use it and the session cookie is Secure even over http. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SignInBehindHttpsTest {
    static final TestServer SERVER = new TestServer(ConfigOverride.config("publicUrl", "https://casework.example.test/"));
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    @Test
    void linksUseThePublicUrlAndTheSessionCookieIsSecure() {
        String key = SERVER.newOrganization("Acme", Plan.GROWTH);
        assertThat(SERVER.post(key, "/v1/staff-members", "{\"email\":\"ada@example.test\",\"name\":\"Ada\"}").status())
                .isEqualTo(201);
        Wiring wiring = new Wiring(new PostgresPersistence(SERVER.database().dataSource()), APP.getConfiguration());
        UseCases casework = wiring.casework(wiring.notifier());
        String url = casework.signInLinks().issue(new Email("ada@example.test")).get(0).url();
        assertThat(url).matches("https://casework\\.example\\.test/sign-in/[A-Za-z0-9_-]{43}");

        TestServer.Response followed = SERVER.send(null, "GET", url.substring(url.indexOf("/sign-in/")), null, null);

        assertThat(followed.status()).isEqualTo(303);
        assertThat(followed.raw().headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("casework_session="))
                .singleElement().asString().contains("Secure", "HttpOnly", "SameSite=Lax");
    }
}
