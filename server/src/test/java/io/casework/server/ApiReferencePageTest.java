package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The API reference at /docs, drawn in a real browser from the served OpenAPI document, with no CDN. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiReferencePageTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;
    @RegisterExtension
    static final Browser BROWSER = new Browser(APP::getLocalPort);

    @Test
    void theReferenceListsEveryOperationOfTheOpenApiDocument() {
        BROWSER.open("/docs");

        List<WebElement> operations = new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 10));
        int documented = SERVER.get(null, "/v1/openapi.json").body().get("paths").properties().stream()
                .mapToInt(path -> path.getValue().size() - (path.getValue().has("parameters") ? 1 : 0))
                .sum();
        assertThat(operations).hasSize(documented);
        BROWSER.awaitTitle("API reference · Casework");
        assertThat(BROWSER.driver().findElement(By.cssSelector(".swagger-ui .title")).getText())
                .startsWith("Casework API");
        BROWSER.screenshot("api-reference");
    }
}
