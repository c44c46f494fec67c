package io.pyrotorrent.it.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real headless Chromium for browser tests: Debian's {@code /usr/bin/chromium} driven by
 * Debian's {@code /usr/bin/chromedriver} (packages {@code chromium} and {@code chromium-driver};
 * it-tests/bin/run-all-tests installs them); nothing is ever downloaded ({@link ChromiumLaunch}).
 *
 * <p>Every instance is its own chromedriver on a free loopback port with its own Chromium and a
 * fresh profile in a temp directory ({@link ChromiumSession}); {@link #close()} ends them by
 * their process handles and deletes the profile.
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

    /** For waits without an explicit timeout ({@link #click}, {@link #type}, {@link #waitFor(String)}). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Full-page screenshots stop here (CSS pixels), so an endless page cannot make a huge PNG. */
    private static final int MAX_FULL_PAGE_HEIGHT = 8000;

    private final ChromiumSession session;
    private final ChromeDriver driver;
    private final DeviceEmulation emulation;
    private final Duration startupTime;

    /** Console entries {@link #open} read while checking a load; the console methods return them first. */
    private final List<LogEntry> read = new ArrayList<>();

    private Viewport viewport;

    private Browser(Viewport viewport, List<String> extraArguments) {
        long started = System.nanoTime();
        session = ChromiumSession.start(viewport, extraArguments);
        driver = session.driver();
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            emulation = new DeviceEmulation(driver);
            viewport(viewport);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        startupTime = Duration.ofNanos(System.nanoTime() - started);
        LOG.info(
                "Chromium {} ({}) started in {} ms: chromedriver pid {} on 127.0.0.1:{}",
                driver.getCapabilities().getBrowserVersion(),
                viewport.name(),
                startupTime.toMillis(),
                session.chromedriverPid(),
                session.port());
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

    /**
     * Switches the page's viewport (size, pixel ratio, touch, user agent) in place; the current
     * page re-lays out, later navigations keep it ({@link DeviceEmulation}).
     */
    public Browser viewport(Viewport wanted) {
        emulation.apply(wanted);
        viewport = wanted;
        return this;
    }

    public Viewport viewport() {
        return viewport;
    }

    /**
     * Loads url and returns once its load event has fired (at most 30 s). Chromium aborts the
     * loads in flight with net::ERR_NETWORK_CHANGED whenever a network interface comes or goes,
     * and the ITs running beside this one start and stop containers (each a veth pair): a page
     * that lost its modules that way is loaded again, at most twice more. Any other failed load
     * stays in the console for the test to see.
     */
    public Browser open(String url) {
        for (int attempt = 1; ; attempt++) {
            driver.get(url);
            List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
            boolean changed = entries.stream().anyMatch(e -> e.getMessage().contains("ERR_NETWORK_CHANGED"));
            if (!changed || attempt == 3) {
                read.addAll(entries);
                return this;
            }
            LOG.warn("{}: loads aborted by a network change on this machine (attempt {}); loading again", url, attempt);
        }
    }

    private List<LogEntry> console() {
        var all = new ArrayList<>(read);
        read.clear();
        all.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return all;
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

    /** {@link #waitUntil(String, Supplier, Duration)} with a generic description. */
    public <T> T waitUntil(Supplier<T> condition, Duration timeout) {
        return waitUntil("the condition holds", condition, timeout);
    }

    /**
     * Polls condition until it gives something other than null or {@code false} ({@link
     * DeadlinePoll}). On timeout: a screenshot {@code timeout-<n>.png}, then an AssertionError
     * naming what, the URL, the title and the last exception.
     */
    public <T> T waitUntil(String what, Supplier<T> condition, Duration timeout) {
        return DeadlinePoll.until(what, condition, timeout, () -> {
            String shot = safely(() -> screenshot(Screenshots.nextTimeoutName()).toString());
            return "page " + safely(this::url) + ", title '" + safely(this::title) + "', viewport " + viewport.name()
                    + ", screenshot " + shot;
        });
    }

    /**
     * The viewport as a PNG in it-tests/target/screenshots/, named name(.png); name may include
     * ".png" and is reduced to [A-Za-z0-9._-]. Overwrites. Returns the file.
     */
    public Path screenshot(String name) {
        return Screenshots.write(name, driver.getScreenshotAs(OutputType.BYTES));
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
            viewport(current.tall(tall));
            return Screenshots.write(name, driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            viewport(current);
        }
    }

    /** The browser console's messages since the last call ("LEVEL message"), e.g. JS errors. */
    public List<String> consoleMessages() {
        return console().stream().map(e -> e.getLevel() + " " + e.getMessage()).collect(Collectors.toList());
    }

    /**
     * Only the console's SEVERE messages since the last call (uncaught errors, failed loads), less
     * loads Chromium aborted with net::ERR_NETWORK_CHANGED: a container another IT started or
     * stopped meanwhile (its veth pair's addresses) did that, not the page. {@link #open} loads a page
     * that lost them again; a page reached by a click (a form's POST) cannot be, so they are logged
     * and left out here. A resource really missing fails with its status, a script with its error.
     */
    public List<String> consoleErrors() {
        var severe = console().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
        var changed =
                severe.stream().filter(m -> m.contains("ERR_NETWORK_CHANGED")).toList();
        if (!changed.isEmpty()) {
            LOG.warn("{} loads aborted by a network change on this machine, left out: {}", changed.size(), changed);
            severe.removeAll(changed);
        }
        return severe;
    }

    /** The Selenium driver itself, for what this class does not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** How long starting took (chromedriver, Chromium, session, viewport). */
    public Duration startupTime() {
        return startupTime;
    }

    /** Ends this browser's chromedriver, Chromium and profile ({@link ChromiumSession#close()}). Idempotent. */
    @Override
    public void close() {
        session.close();
    }

    private static String safely(Supplier<String> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return "(unavailable: " + e.getClass().getSimpleName() + ")";
        }
    }
}
