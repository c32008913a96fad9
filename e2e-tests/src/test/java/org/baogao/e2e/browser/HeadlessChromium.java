package org.baogao.e2e.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's chromium driven through Debian's chromedriver, headless, with a fresh profile. Both binaries
 * are given explicitly, so Selenium Manager never looks for (or downloads) a browser or a driver. Where
 * they are missing the test must fail, not skip: {@code bin/setup-machine} installs them (CI runs it first).
 */
final class HeadlessChromium {
    static final Path CHROMIUM = Path.of(System.getProperty("baogao.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("baogao.chromedriver", "/usr/bin/chromedriver"));

    /** Why the browser cannot start here, or null when both binaries are present. */
    static String missing() {
        StringBuilder why = new StringBuilder();
        if (!Files.isExecutable(CHROMIUM)) {
            why.append(CHROMIUM).append(" (Debian package chromium) ");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            why.append(CHROMEDRIVER).append(" (Debian package chromium-driver) ");
        }
        return why.isEmpty() ? null
                : "The browser test needs " + why + "- run bin/setup-machine (as root it apt-installs them, and fonts-noto-cjk)";
    }

    static ChromeDriver start(Path profile) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    static Path freshProfile() {
        try {
            return Files.createTempDirectory("baogao-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HeadlessChromium() {
    }
}
