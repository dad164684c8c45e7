package io.casework.server;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, one per test class, pointed at the test server:
 * <pre>
 * &#64;RegisterExtension
 * static final Browser BROWSER = new Browser(APP::getLocalPort);
 * ...
 * BROWSER.open("/sign-in");
 * BROWSER.driver().findElement(By.id("email")) ...
 * BROWSER.screenshot("sign-in");   // docs/screenshots/sign-in.png
 * </pre>
 * Without Chromium the class is skipped with one line saying how to install it; with {@code CI=true} it fails,
 * so CI never passes by running no browser test. The binaries are given to Selenium, so it never downloads any.
 */
final class Browser implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The module's directory is the working directory of its tests; the screenshots are the repository's. */
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

    /**
     * The test JVM's own standard error: Surefire keeps what tests print in report files, but shows this stream,
     * so the line saying how to install Chromium is seen, once per test run.
     */
    private static final PrintStream SKIPPED = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
            StandardCharsets.UTF_8);
    private static final AtomicBoolean SAID_SKIPPED = new AtomicBoolean();

    private static final int WINDOW_WIDTH = 1280;
    private static final int WINDOW_HEIGHT = 900;
    private static final int LONGEST_SCREENSHOT = 2400;
    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(3);
    private static final Duration NEXT_PAGE_WAIT = Duration.ofSeconds(15);
    /** What loads another page when clicked, or when Enter is pressed in it: a link, or a form's submit control. */
    private static final String LOADS_A_PAGE = "const e = arguments[0], enter = arguments[1];"
            + " if (e.matches('a[href]')) return !e.getAttribute('href').startsWith('#');"
            + " if (!e.form) return false;"
            + " if (e.matches('button:not([type=button]):not([type=reset]), input[type=submit]')) return true;"
            + " return enter && e.matches('input:not([type=checkbox]):not([type=radio]):not([type=button])');";

    private final IntSupplier port;
    private ChromeDriver chromium;
    private WebDriver driver;

    /** {@code port} is asked when a page is opened, after the server has started. */
    Browser(IntSupplier port) {
        this.port = port;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed() || "true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed (or CI=true)");
        }
        String reason = "browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + "; install them with: apt-get install -y chromium chromium-driver";
        if (!SAID_SKIPPED.getAndSet(true)) {
            SKIPPED.println(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!installed()) {
            throw new IllegalStateException("CI=true and no " + CHROMIUM + " or " + CHROMEDRIVER
                    + ": .ci/run installs them with apt-get install -y chromium chromium-driver");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=en-US", "--hide-scrollbars");
        chromium = new ChromeDriver(options);
        // the window's size includes room for a toolbar even when headless; the pages get exactly 1280x900
        windowHeight(WINDOW_HEIGHT);
        // looking for an element waits for it a little, for what htmx swaps in (looking for elements that should be
        // absent waits as long, so keep it short)
        chromium.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        driver = new EventFiringDecorator<WebDriver>(new AwaitNextPage()).decorate(chromium);
    }

    /**
     * A click on a link or a submit button may return before the browser has left the page, so the test would read
     * the old page (a stale element, or the old page's notice). After such a click, or Enter in a form's field, this
     * waits until the clicked element is gone with the page it was on. (Public: Selenium calls it by reflection.)
     */
    public final class AwaitNextPage implements WebDriverListener {
        private boolean loadsAPage;

        @Override
        public void beforeClick(WebElement element) {
            loadsAPage = loadsAPage(element, false);
        }

        @Override
        public void afterClick(WebElement element) {
            awaitNextPage(element);
        }

        @Override
        public void beforeSendKeys(WebElement element, CharSequence... keys) {
            boolean enter = false;
            for (CharSequence key : keys) {
                enter |= key.toString().contains(Keys.ENTER);
            }
            loadsAPage = enter && loadsAPage(element, true);
        }

        @Override
        public void afterSendKeys(WebElement element, CharSequence... keys) {
            awaitNextPage(element);
        }

        private boolean loadsAPage(WebElement element, boolean enter) {
            return Boolean.TRUE.equals(((JavascriptExecutor) chromium).executeScript(LOADS_A_PAGE, element, enter));
        }

        private void awaitNextPage(WebElement element) {
            if (loadsAPage) {
                loadsAPage = false;
                new WebDriverWait(chromium, NEXT_PAGE_WAIT).until(ExpectedConditions.stalenessOf(element));
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.quit();
        }
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    WebDriver driver() {
        return driver;
    }

    /** Loads {@code path} (e.g. {@code /sign-in}) from the test server and waits for the page to load. */
    void open(String path) {
        driver.get("http://127.0.0.1:" + port.getAsInt() + path);
    }

    /** Waits until the page's title is {@code title}: a page a click or a key submitted may still be loading. */
    void awaitTitle(String title) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.titleIs(title));
    }

    /** The whole page, not only the first 900 pixels of it: the window is made as tall as the page for a moment. */
    void wholePageScreenshot(String name) {
        long height = (Long) chromium.executeScript("return document.documentElement.scrollHeight");
        windowHeight((int) Math.min(Math.max(height, WINDOW_HEIGHT), LONGEST_SCREENSHOT));
        try {
            screenshot(name);
        } finally {
            windowHeight(WINDOW_HEIGHT);
        }
    }

    private void windowHeight(int height) {
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WINDOW_WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The visible page as {@code docs/screenshots/<name>.png}, for the README and for people to look at. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), chromium.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
