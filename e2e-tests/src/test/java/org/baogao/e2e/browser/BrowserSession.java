package org.baogao.e2e.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * One headless Chromium for a browser test class: started (or the test fails, naming what to install), waited on,
 * and screenshot into {@code target/screenshots/}, where a person looks at what the page showed.
 */
final class BrowserSession implements AutoCloseable {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver browser;
    final WebDriverWait waiting;

    private BrowserSession(ChromeDriver browser, Duration patience) {
        this.browser = browser;
        this.waiting = new WebDriverWait(browser, patience);
    }

    /** Call {@link #requireBrowser()} first, before starting anything the test needs besides. */
    static BrowserSession start(Duration patience) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BrowserSession(HeadlessChromium.start(HeadlessChromium.freshProfile()), patience);
    }

    /** Fails the test early, before a pipeline is started for nothing, where the browser cannot run. */
    static void requireBrowser() {
        String missing = HeadlessChromium.missing();
        if (missing != null) {
            fail(missing);
        }
    }

    List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
