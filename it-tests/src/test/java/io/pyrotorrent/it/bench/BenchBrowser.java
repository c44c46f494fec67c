package io.pyrotorrent.it.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium (Debian's, driven by Debian's chromedriver; nothing downloaded) with one
 * window per page: each window is visible to itself, so no page runs throttled as a background tab
 * would. Its processes are ended by their handles on close.
 */
final class BenchBrowser implements AutoCloseable {

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final List<ProcessHandle> before;

    BenchBrowser(int width, int height) throws IOException {
        profile = Files.createTempDirectory("bench-chromium-");
        var options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-background-timer-throttling",
                "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        before = ProcessHandle.current().descendants().toList();
        driver = new ChromeDriver(service, options);
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * The first URL in the first tab, each further one in a tab of its own in the same window, as a
     * person opens them (ten separate windows, all shown at once, would need ten connections: a
     * browser opens six to one host).
     */
    void open(List<String> urls) {
        for (int i = 0; i < urls.size(); i++) {
            if (i > 0) {
                driver.switchTo().newWindow(WindowType.TAB);
            }
            driver.get(urls.get(i));
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> mine = ProcessHandle.current()
                .descendants()
                .filter(p -> !before.contains(p))
                .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false))
                .toList();
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // The processes are ended below either way.
        }
        service.stop();
        mine.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp profile is harmless.
        }
    }
}
