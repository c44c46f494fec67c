package io.pyrotorrent.it.browser;

import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real headless Chromium for browser tests: Debian's {@code /usr/bin/chromium} driven by
 * Debian's {@code /usr/bin/chromedriver} (packages {@code chromium} and {@code chromium-driver};
 * it-tests/bin/run-all-tests installs them). Nothing is ever downloaded: both executables are
 * given explicitly, so Selenium never runs Selenium Manager (it only does when it has to look
 * for a driver), and a missing package fails with instructions instead of a download.
 *
 * <p>Every instance is its own chromedriver on a free loopback port with its own Chromium and a
 * fresh profile in a temp directory; {@link #close()} quits the browser, stops chromedriver by
 * its process handle, ends any leftover Chromium process of this instance by its handle, and
 * deletes the profile.
 *
 * <pre>{@code
 * try (Browser browser = Browser.desktop()) {
 *     browser.open(baseUrl + "/");
 *     browser.waitForText("my torrent", Duration.ofSeconds(20));
 *     browser.click("button.start");
 *     browser.screenshot("after-start");
 * }
 * }</pre>
 *
 * <p>Waiting is always "poll a condition until a deadline" ({@link #waitUntil}); there is no
 * fixed sleep anywhere. A wait that times out saves a screenshot {@code timeout-<n>.png} and
 * fails with the page's URL and title.
 */
public final class Browser implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);
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

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** For waits without an explicit timeout ({@link #click}, {@link #type}, {@link #waitFor(String)}). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final long POLL_MILLIS = 50;
    private static final Duration PROCESS_EXIT_TIMEOUT = Duration.ofSeconds(10);
    /** Full-page screenshots stop here (CSS pixels), so an endless page cannot make a huge PNG. */
    private static final int MAX_FULL_PAGE_HEIGHT = 8000;

    /** The size the page sees, in CSS pixels, and whether it is a phone. */
    public record Viewport(
            String name, int width, int height, double deviceScaleFactor, boolean mobile, Optional<String> userAgent) {

        /** A laptop: 1366x900, no touch, Chromium's own user agent. */
        public static final Viewport DESKTOP = new Viewport("desktop", 1366, 900, 1, false, Optional.empty());
        /**
         * A phone in portrait: 390x844 CSS pixels at 3x (iPhone 12 to 15 size), touch, and a
         * mobile user agent (Chrome on Android, of this Chromium's version), so "Mobile"
         * user-agent sniffing, {@code (pointer: coarse)} and {@code (hover: none)} behave as on a
         * phone.
         */
        public static final Viewport PHONE = new Viewport("phone", 390, 844, 3, true, Optional.empty());

        /**
         * userAgent: empty means Chromium's own for a desktop, and Chrome-on-Android of the same
         * version for a mobile viewport.
         */
        public Viewport {
            if (width < 100 || height < 100 || deviceScaleFactor <= 0) {
                throw new IllegalArgumentException(
                        "Implausible viewport " + width + "x" + height + "@" + deviceScaleFactor);
            }
        }

        /** Another desktop size, e.g. {@code Viewport.desktop(1024, 768)}. */
        public static Viewport desktop(int width, int height) {
            return new Viewport("desktop-" + width + "x" + height, width, height, 1, false, Optional.empty());
        }

        /** Another phone size (3x, touch, mobile user agent). */
        public static Viewport phone(int width, int height) {
            return new Viewport("phone-" + width + "x" + height, width, height, 3, true, Optional.empty());
        }
    }

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profileDir;
    private final ProcessHandle chromedriverProcess;
    private final String defaultUserAgent;
    private final Thread shutdownHook;
    private final Duration startupTime;
    private Viewport viewport;
    private boolean closed;
    private static int timeoutScreenshots;

    private Browser(Viewport viewport, List<String> extraArguments) {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        long started = System.nanoTime();
        int port = PyrotorrentProcess.freePort();
        try {
            profileDir = Files.createTempDirectory("pyrotorrent-chromium-");
            Files.createDirectories(logDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()) // explicit: Selenium Manager is never asked
                .usingPort(port)
                .withLogFile(logDir().resolve("chromedriver-" + port + ".log").toFile())
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeDriver session = null;
        ProcessHandle driverProcess = null;
        try {
            service.start();
            driverProcess = chromedriverProcess(port);
            session = new ChromeDriver(service, options(viewport, profileDir, extraArguments));
        } catch (RuntimeException | IOException e) {
            if (session != null) {
                session.quit();
            }
            service.stop();
            endProcessTree(driverProcess);
            deleteRecursively(profileDir);
            throw new IllegalStateException(
                    "Chromium did not start through " + CHROMEDRIVER + " (its log: "
                            + logDir().resolve("chromedriver-" + port + ".log") + ")",
                    e);
        }
        driver = session;
        chromedriverProcess = driverProcess;
        // Should a test never close it (or the JVM be stopped), the processes still end with the JVM.
        shutdownHook = new Thread(this::close, "browser-shutdown-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            defaultUserAgent = (String) driver.executeScript("return navigator.userAgent");
            viewport(viewport);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        startupTime = Duration.ofNanos(System.nanoTime() - started);
        LOG.info(
                "Chromium {} ({}) started in {} ms: chromedriver pid {} on 127.0.0.1:{}",
                driver.getCapabilities().getBrowserVersion(),
                viewport.name(),
                startupTime.toMillis(),
                chromedriverProcess.pid(),
                port);
    }

    /** A headless Chromium with the {@link Viewport#DESKTOP} viewport (1366x900). */
    public static Browser desktop() {
        return new Browser(Viewport.DESKTOP, List.of());
    }

    /** A headless Chromium emulating a phone, {@link Viewport#PHONE} (390x844, touch, mobile UA). */
    public static Browser phone() {
        return new Browser(Viewport.PHONE, List.of());
    }

    public static Browser start(Viewport viewport) {
        return new Browser(viewport, List.of());
    }

    /**
     * With extra Chromium switches, e.g. {@code --host-resolver-rules=MAP nas.test 127.0.0.1}, so a
     * test can reach the loopback server under names that are not localhost.
     */
    public static Browser start(Viewport viewport, List<String> extraArguments) {
        return new Browser(viewport, List.copyOf(extraArguments));
    }

    /** Where {@link #screenshot} writes: it-tests/target/screenshots/ (created when needed). */
    public static Path screenshotDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "screenshots")
                .toAbsolutePath()
                .normalize();
    }

    /** chromedriver's logs, one file per instance: it-tests/target/browser-logs/. */
    public static Path logDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "browser-logs")
                .toAbsolutePath()
                .normalize();
    }

    private static ChromeOptions options(Viewport viewport, Path profileDir, List<String> extraArguments) {
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

    // --- viewport ---------------------------------------------------------------------------

    /**
     * Switches the page's viewport (size, pixel ratio, touch, user agent) in place, through the
     * DevTools Emulation domain; the current page re-lays out, later navigations keep it. A new
     * user agent reaches the server with the next request.
     */
    public Browser viewport(Viewport wanted) {
        cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width", wanted.width(),
                        "height", wanted.height(),
                        "screenWidth", wanted.width(),
                        "screenHeight", wanted.height(),
                        "deviceScaleFactor", wanted.deviceScaleFactor(),
                        "mobile", wanted.mobile()));
        cdp(
                "Emulation.setTouchEmulationEnabled",
                wanted.mobile() ? Map.of("enabled", true, "maxTouchPoints", 5) : Map.of("enabled", false));
        cdp(
                "Emulation.setUserAgentOverride",
                Map.of("userAgent", wanted.userAgent().orElse(wanted.mobile() ? mobileUserAgent() : defaultUserAgent)));
        viewport = wanted;
        return this;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Chrome on an Android phone, of this Chromium's major version (as Chrome reports it). */
    private String mobileUserAgent() {
        String major = driver.getCapabilities().getBrowserVersion().split("\\.")[0];
        return "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major
                + ".0.0.0 Mobile Safari/537.36";
    }

    // --- navigation and reading ---------------------------------------------------------------

    /** Loads url and returns once its load event has fired (at most 30 s). */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public Browser reload() {
        driver.navigate().refresh();
        return this;
    }

    public String title() {
        return driver.getTitle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The page's rendered text ({@code document.body.innerText}): what a user can read. */
    public String visibleText() {
        Object text = script("return document.body ? document.body.innerText : ''");
        return text == null ? "" : text.toString();
    }

    /** Runs JavaScript in the page ({@code arguments[i]} are args); returns its result. */
    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    // --- elements -----------------------------------------------------------------------------

    /** The first element matching the CSS selector, now; {@link org.openqa.selenium.NoSuchElementException} if none. */
    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Every element matching the CSS selector, now (maybe none). */
    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits ({@link #DEFAULT_TIMEOUT}) until an element matching css is displayed; returns it. */
    public WebElement waitFor(String css) {
        return waitFor(css, DEFAULT_TIMEOUT);
    }

    /** Waits until an element matching css is displayed; returns it. */
    public WebElement waitFor(String css, Duration timeout) {
        return waitUntil(
                "an element '" + css + "' is displayed",
                () -> findAll(css).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null),
                timeout);
    }

    /** Waits until no element matching css is displayed (gone or hidden). */
    public void waitForGone(String css, Duration timeout) {
        waitUntil(
                "no element '" + css + "' is displayed",
                () -> findAll(css).stream().noneMatch(WebElement::isDisplayed),
                timeout);
    }

    /**
     * Waits until a displayed element's text contains text (whitespace runs count as one space;
     * CSS text-transform and ellipsis do not matter); returns the innermost such element, e.g.
     * the table cell rather than the table.
     */
    public WebElement waitForText(String text, Duration timeout) {
        return waitUntil("'" + text + "' is visible", () -> (WebElement) script("""
                const squash = s => s.replace(/\\s+/g, ' ');
                const wanted = squash(arguments[0]).trim();
                const has = el => squash(el.textContent).includes(wanted);
                const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
                return [...document.querySelectorAll('body, body *')]
                    .filter(el => has(el) && ![...el.children].some(has))
                    .find(shown) || null;""", text), timeout);
    }

    /** Waits until css is displayed and enabled, then clicks it (scrolled into view by the driver). */
    public Browser click(String css) {
        WebElement element = waitUntil(
                "an element '" + css + "' is displayed and enabled",
                () -> findAll(css).stream()
                        .filter(e -> e.isDisplayed() && e.isEnabled())
                        .findFirst()
                        .orElse(null),
                DEFAULT_TIMEOUT);
        element.click();
        return this;
    }

    /**
     * Waits until css is displayed and enabled, clears it and types text. Keys go in as text,
     * e.g. {@code type("#search", "ubuntu" + Keys.ENTER)}.
     */
    public Browser type(String css, CharSequence text) {
        WebElement element = waitUntil(
                "an input '" + css + "' is displayed and enabled",
                () -> findAll(css).stream()
                        .filter(e -> e.isDisplayed() && e.isEnabled())
                        .findFirst()
                        .orElse(null),
                DEFAULT_TIMEOUT);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    // --- waiting ------------------------------------------------------------------------------

    /** {@link #waitUntil(String, Supplier, Duration)} with a generic description. */
    public <T> T waitUntil(Supplier<T> condition, Duration timeout) {
        return waitUntil("the condition holds", condition, timeout);
    }

    /**
     * Polls condition (every {@value #POLL_MILLIS} ms) until it gives something other than null or
     * {@code false}, and returns that; until the deadline. A WebDriverException inside the
     * condition (element missing, stale, ...) counts as "not yet". On timeout: a screenshot
     * {@code timeout-<n>.png}, then an AssertionError naming what, the URL, the title and the
     * last exception.
     */
    public <T> T waitUntil(String what, Supplier<T> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        WebDriverException last = null;
        while (true) {
            try {
                T value = condition.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (WebDriverException notYet) {
                last = notYet;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            // A poll interval, not a guess at how long something takes; bounded by the deadline.
            LockSupport.parkNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting until " + what);
            }
        }
        String shot = timeoutScreenshot();
        var error = new AssertionError("Not within " + timeout + ": " + what + " (page " + safely(this::url)
                + ", title '" + safely(this::title) + "', viewport " + viewport.name() + ", screenshot " + shot + ")"
                + (last == null
                        ? ""
                        : "; last error: "
                                + last.getMessage().lines().findFirst().orElse("")));
        if (last != null) {
            error.initCause(last);
        }
        throw error;
    }

    // --- screenshots, console, escape hatch -----------------------------------------------------

    /**
     * The viewport as a PNG at {@link #screenshotDir()}/name(.png); name may include ".png" and
     * is reduced to [A-Za-z0-9._-]. Overwrites. Returns the file.
     */
    public Path screenshot(String name) {
        return write(name, driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The whole page (at most {@value #MAX_FULL_PAGE_HEIGHT} CSS pixels tall): the viewport is
     * made as tall as the page for the shot and then restored, so {@code 100vh} layouts and fixed
     * elements are drawn as on a very tall screen.
     */
    public Path fullPageScreenshot(String name) {
        Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, "
                + "document.body ? document.body.scrollHeight : 0)");
        int tall = Math.min(MAX_FULL_PAGE_HEIGHT, Math.max(viewport.height(), height.intValue()));
        Viewport current = viewport;
        try {
            viewport(new Viewport(
                    current.name() + "-full",
                    current.width(),
                    tall,
                    current.deviceScaleFactor(),
                    current.mobile(),
                    current.userAgent()));
            return write(name, driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            viewport(current);
        }
    }

    /** The browser console's messages since the last call ("LEVEL message"), e.g. JS errors. */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage())
                .collect(Collectors.toList());
    }

    /** Only the console's SEVERE messages since the last call (uncaught errors, failed loads). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    /** The Selenium driver itself, for what this class does not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** How long starting took (chromedriver, Chromium, session, viewport). */
    public Duration startupTime() {
        return startupTime;
    }

    // --- closing ------------------------------------------------------------------------------

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
        List<ProcessHandle> tree = new ArrayList<>();
        if (chromedriverProcess != null) {
            chromedriverProcess.descendants().forEach(tree::add);
            tree.add(chromedriverProcess);
        }
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // The processes are ended below either way.
        }
        service.stop();
        endProcesses(tree);
        deleteRecursively(profileDir);
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // Then the hook runs close() again, which returns at once.
            }
        }
    }

    // --- internals ----------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, new LinkedHashMap<>(params));
    }

    private Path write(String name, byte[] png) {
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (!file.endsWith(".png")) {
            file += ".png";
        }
        try {
            Path dir = Files.createDirectories(screenshotDir());
            return Files.write(dir.resolve(file), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String timeoutScreenshot() {
        int n;
        synchronized (Browser.class) {
            n = ++timeoutScreenshots;
        }
        return safely(() -> screenshot("timeout-" + n).toString());
    }

    private static String safely(Supplier<String> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return "(unavailable: " + e.getClass().getSimpleName() + ")";
        }
    }

    private static void requireExecutable(Path file, String debianPackage) {
        if (!Files.isExecutable(file)) {
            throw new IllegalStateException(file + " is missing, so the browser tests cannot run (nothing is "
                    + "ever downloaded instead). Install Debian's packages: apt-get install -y chromium "
                    + "chromium-driver (it-tests/bin/run-all-tests does this); missing: " + debianPackage);
        }
    }

    /** The chromedriver this JVM just started on port: a child of ours, told apart by its --port. */
    private static ProcessHandle chromedriverProcess(int port) throws IOException {
        String portArg = "--port=" + port;
        return ProcessHandle.current()
                .children()
                .filter(p -> p.info()
                        .command()
                        .map(c -> Path.of(c).getFileName().toString().equals("chromedriver"))
                        .orElse(false))
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> Arrays.asList(a).contains(portArg))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new IOException("chromedriver with " + portArg + " is not a child of this JVM"));
    }

    private static void endProcessTree(ProcessHandle root) {
        if (root == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        endProcesses(tree);
    }

    /**
     * TERM to every process still running, then KILL to any still running after
     * {@link #PROCESS_EXIT_TIMEOUT}; polled, because onExit() of a process that is not our child
     * backs off to second-long sleeps. Chromium's zygotes die with the browser but, orphaned,
     * stay zombies until PID 1 reaps them (seconds on some hosts): dead is enough here.
     */
    private static void endProcesses(List<ProcessHandle> processes) {
        processes.stream().filter(Browser::running).forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + PROCESS_EXIT_TIMEOUT.toNanos();
        while (processes.stream().anyMatch(Browser::running) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        processes.stream().filter(Browser::running).forEach(ProcessHandle::destroyForcibly);
    }

    /** Alive and not a zombie (Linux: state Z in /proc/PID/stat). */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // "pid (comm) S ...": the state follows the last ')', as comm may contain one.
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException gone) {
            return process.isAlive();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // A temp profile left behind is harmless; the processes are what matter.
        }
    }
}
