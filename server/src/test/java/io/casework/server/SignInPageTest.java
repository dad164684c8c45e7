package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-in page in a real browser, used with the keyboard alone. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SignInPageTest {
    static final TestServer SERVER = new TestServer();
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;
    @RegisterExtension
    static final Browser BROWSER = new Browser(APP::getLocalPort);

    @Test
    void aPersonAsksForASignInLinkWithTheKeyboardAlone() {
        BROWSER.open("/sign-in");
        WebDriver page = BROWSER.driver();
        BROWSER.awaitTitle("Sign in · Casework");
        WebElement email = page.findElement(By.id("email"));
        assertThat(page.findElement(By.cssSelector("label[for=email]")).getText()).isEqualTo("Email address");
        assertThat(((JavascriptExecutor) page).executeScript("return typeof htmx")).isEqualTo("object");
        BROWSER.screenshot("sign-in");

        WebElement focused = page.switchTo().activeElement();
        for (int tab = 0; tab < 5 && !focused.equals(email); tab++) {
            focused.sendKeys(Keys.TAB);
            focused = page.switchTo().activeElement();
        }
        assertThat(focused).as("the email field is reached with Tab").isEqualTo(email);
        focused.sendKeys("ada@example.test", Keys.ENTER);

        BROWSER.awaitTitle("Check your email · Casework");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Check your email");
        assertThat(page.findElement(By.tagName("main")).getText())
                .contains("If ada@example.test belongs to an active staff member, a link to sign in is on its way.");
    }
}
