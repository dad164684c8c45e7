package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pages and the API share the application port; each answers its own paths, errors included. */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebPagesTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    @Test
    void theRootWithoutASessionLeadsToSignIn() {
        TestServer.Response response = SERVER.send(null, "GET", "/", null, null);

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/sign-in?next=%2F");
    }

    @Test
    void theSignInPageIsHtml() {
        TestServer.Response response = SERVER.send(null, "GET", "/sign-in", null, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(response.raw().body()).contains("<form method=\"post\" action=\"/sign-in\"");
    }

    @Test
    void aSignInRequestIsAFormPostAndAlwaysGetsTheSameAnswer() {
        TestServer.Response response = SERVER.send(null, "POST", "/sign-in", "email=nobody%40example.test",
                "application/x-www-form-urlencoded");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw().body()).contains("If <strong>nobody@example.test</strong> belongs to an active staff"
                + " member, a link to sign in is on its way.");
    }

    @Test
    void aFormDeclaredGzipThatIsNotGzipIs400AndOneThatIsIsRead() throws Exception {
        byte[] form = "email=nobody%40example.test".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(form);
        }

        HttpResponse<String> notGzip = postGzipForm(form);
        HttpResponse<String> gzip = postGzipForm(gzipped.toByteArray());

        assertThat(notGzip.statusCode()).isEqualTo(400);
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(gzip.body()).contains("If <strong>nobody@example.test</strong> belongs to an active staff member");
    }

    private static HttpResponse<String> postGzipForm(byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + APP.getLocalPort() + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSignInRequestWithoutAnAddressShowsTheFormWithTheError() {
        TestServer.Response response = SERVER.send(null, "POST", "/sign-in", "email=+", "application/x-www-form-urlencoded");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw().body()).contains("aria-invalid=\"true\"", "Enter the email address you work with.");
    }

    @Test
    void theApiReferenceNeedsNoSessionAndItsScriptsComeFromTheServer() {
        TestServer.Response page = SERVER.send(null, "GET", "/docs", null, null);
        TestServer.Response bundle = SERVER.send(null, "GET", "/assets/swagger-ui/swagger-ui-bundle.js", null, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("<script src=\"/assets/swagger-ui/swagger-ui-bundle.js\"")
                .doesNotContain("https://");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.contentType()).contains("javascript");
    }

    @Test
    void anUnknownPageIsTheHtmlNotFoundPage() {
        TestServer.Response response = SERVER.send(null, "GET", "/no-such-page", null, null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.raw().body()).contains("Page not found");
    }

    @Test
    void aWrongMethodOnAPageIsAnHtmlErrorPage() {
        TestServer.Response response = SERVER.send(null, "DELETE", "/sign-in", null, null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.raw().body()).contains("That didn&#39;t work");
    }

    @Test
    void theApiKeepsItsProblemsUnderV1() {
        TestServer.Response unknown = SERVER.get(null, "/v1/no-such-thing");
        TestServer.Response unauthorized = SERVER.get(null, "/v1/cases");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("code").asText()).isEqualTo("not_found");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theStylesheetAndHtmxAreServedFromTheServer() {
        TestServer.Response css = SERVER.send(null, "GET", "/assets/casework.css", null, null);
        TestServer.Response htmx = SERVER.send(null, "GET", "/assets/htmx/htmx.min.js", null, null);
        TestServer.Response missing = SERVER.send(null, "GET", "/assets/nothing.css", null, null);

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.contentType()).contains("javascript");
        assertThat(htmx.raw().body()).contains("htmx");
        assertThat(missing.status()).isEqualTo(404);
    }
}
