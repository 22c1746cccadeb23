package dev.cventmock.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium driven through its chromedriver, both given by path (CHROMIUM and CHROMEDRIVER override
 * /usr/bin/chromium and /usr/bin/chromedriver) so that Selenium never looks for a browser to download. The flags keep
 * the browser off the network: this machine's only server is the emulator on 127.0.0.1.
 */
final class Chromium {
    // Selenium warns that it has no DevTools bindings for this chromium: none are used here
    private static final java.util.logging.Logger DEVTOOLS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private Chromium() {
    }

    static ChromeDriver start(int width, int height) {
        DEVTOOLS.setLevel(java.util.logging.Level.SEVERE);
        String browser = env("CHROMIUM", "/usr/bin/chromium");
        String driver = env("CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(browser).canExecute() || !new File(driver).canExecute()) {
            throw new IllegalStateException("the browser tests need " + browser + " and " + driver
                    + ": run .ci/install-browser (Debian's chromium and chromium-driver) or set CHROMIUM and CHROMEDRIVER");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        // the page's console messages, so that tests can fail on a script error or a refused policy
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("cvent-mock-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return chrome;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
