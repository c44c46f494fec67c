package io.pyrotorrent.it.browser;

import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;

/**
 * One chromedriver on a free loopback port with its own Chromium and a fresh profile in a temp
 * directory, and the one way to end them all: by their process handles, never by name.
 */
final class ChromiumSession implements AutoCloseable {

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profileDir;
    private final ProcessHandle chromedriverProcess;
    private final int port;
    private final Thread shutdownHook;
    private boolean closed;

    private ChromiumSession(Viewport viewport, List<String> extraArguments) {
        ChromiumLaunch.requireInstalled();
        port = PyrotorrentProcess.freePort();
        try {
            profileDir = Files.createTempDirectory("pyrotorrent-chromium-");
            Files.createDirectories(ChromiumLaunch.logDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = ChromiumLaunch.logDir().resolve("chromedriver-" + port + ".log");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        ChromiumLaunch.CHROMEDRIVER.toFile()) // explicit: Selenium Manager is never asked
                .usingPort(port)
                .withLogFile(log.toFile())
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeDriver session = null;
        ProcessHandle driverProcess = null;
        try {
            service.start();
            driverProcess = ChromiumProcesses.chromedriver(port);
            session = new ChromeDriver(service, ChromiumLaunch.options(viewport, profileDir, extraArguments));
        } catch (RuntimeException | IOException e) {
            if (session != null) {
                session.quit();
            }
            service.stop();
            ChromiumProcesses.end(ChromiumProcesses.treeOf(driverProcess));
            ChromiumProcesses.deleteRecursively(profileDir);
            throw new IllegalStateException(
                    "Chromium did not start through " + ChromiumLaunch.CHROMEDRIVER + " (its log: " + log + ")", e);
        }
        driver = session;
        chromedriverProcess = driverProcess;
        // Should a test never close it (or the JVM be stopped), the processes still end with the JVM.
        shutdownHook = new Thread(this::close, "browser-shutdown-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts chromedriver, then Chromium through it; on failure leaves nothing running. */
    static ChromiumSession start(Viewport viewport, List<String> extraArguments) {
        return new ChromiumSession(viewport, extraArguments);
    }

    ChromeDriver driver() {
        return driver;
    }

    int port() {
        return port;
    }

    long chromedriverPid() {
        return chromedriverProcess.pid();
    }

    /**
     * Quits Chromium (through chromedriver), stops chromedriver by its process handle, ends any
     * process of this instance's tree still alive by its handle (TERM, then KILL), and deletes
     * the profile. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Everything chromedriver started (Chromium and its helpers), found before it goes.
        List<ProcessHandle> tree = ChromiumProcesses.treeOf(chromedriverProcess);
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // The processes are ended below either way.
        }
        service.stop();
        ChromiumProcesses.end(tree);
        ChromiumProcesses.deleteRecursively(profileDir);
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // Then the hook runs close() again, which returns at once.
            }
        }
    }
}
