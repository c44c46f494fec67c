package io.pyrotorrent.it.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Which Chromium runs and how: Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver},
 * both given explicitly, so Selenium never runs Selenium Manager (it only does when it has to look
 * for a driver) and a missing package fails with instructions instead of a download.
 */
final class ChromiumLaunch {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Selenium warns at every start that it has no DevTools classes for this Chromium version:
     * only selenium-chrome-driver is on the classpath, not the selenium-devtools-vNNN modules,
     * and nothing here needs them (Emulation goes through chromedriver's own CDP endpoint).
     * Held here because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger CDP_VERSION_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private ChromiumLaunch() {}

    /** Fails with the Debian packages to install when chromium or chromedriver is missing. */
    static void requireInstalled() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
    }

    /** chromedriver's logs, one file per instance: it-tests/target/browser-logs/. */
    static Path logDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "browser-logs")
                .toAbsolutePath()
                .normalize();
    }

    static ChromeOptions options(Viewport viewport, Path profileDir, List<String> extraArguments) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile()); // explicit: never looked up, never downloaded
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--disable-extensions",
                "--lang=en-US",
                "--window-size=" + viewport.width() + "," + viewport.height(),
                "--user-data-dir=" + profileDir);
        options.addArguments(extraArguments);
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return options;
    }

    private static void requireExecutable(Path file, String debianPackage) {
        if (!Files.isExecutable(file)) {
            throw new IllegalStateException(file + " is missing, so the browser tests cannot run (nothing is "
                    + "ever downloaded instead). Install Debian's packages: apt-get install -y chromium "
                    + "chromium-driver (it-tests/bin/run-all-tests does this); missing: " + debianPackage);
        }
    }
}
