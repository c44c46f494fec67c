package io.pyrotorrent.it.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue #13's numbers in a real headless Chromium at 1400x900, first visit (empty cache): time from
 * navigation to the first contentful paint (the rows are in the server's HTML, so that paint shows
 * them), bytes over the wire, and the most table rows the DOM ever holds while the list is scrolled
 * from top to end. After an idle spell the first paint shows the rows the mirror kept, marked, and
 * current ones follow: both times are reported.
 */
final class BrowserNumbers {

    private BrowserNumbers() {}

    private static final String TIMING = """
            const nav = performance.getEntriesByType('navigation')[0];
            const fcp = performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint');
            const resources = performance.getEntriesByType('resource');
            const bytes = nav.transferSize + resources.reduce((s, e) => s + e.transferSize, 0);
            return [nav.responseEnd, fcp ? fcp.startTime : -1, bytes, resources.length,
                    document.querySelectorAll('tr.torrent').length, nav.encodedBodySize, nav.decodedBodySize];
            """;

    /**
     * Recorded from the page's first moment (before its own scripts): whether the served HTML held
     * rows kept through an idle spell, and when (ms from navigation) current ones replaced them.
     */
    private static final String RECORD_KEPT = """
            window.pyroKept = null;
            window.pyroCurrentAt = null;
            document.addEventListener('DOMContentLoaded', () => {
              window.pyroKept = document.querySelector('section[data-kept]') !== null;
              if (!window.pyroKept) { return; }
              (function check() {
                if (!document.querySelector('section[data-kept]')) { window.pyroCurrentAt = performance.now(); return; }
                setTimeout(check, 5);
              })();
            }, { once: true });
            """;

    private static final String CURRENT = """
            const done = arguments[arguments.length - 1];
            const started = performance.now();
            (function check() {
              if (!window.pyroKept || window.pyroCurrentAt !== null) { done([window.pyroKept, window.pyroCurrentAt]); return; }
              if (performance.now() - started > 60000) { done([true, -1]); return; }
              setTimeout(check, 10);
            })();
            """;

    private static final String SCROLL = """
            const done = arguments[arguments.length - 1];
            const box = document.querySelector('[data-scroll-box]') || document.scrollingElement;
            const rows = () => document.querySelectorAll('table.torrents tr').length;
            let max = rows(), steps = 0;
            const started = performance.now();
            function step() {
              max = Math.max(max, rows());
              const atEnd = box.scrollTop + box.clientHeight >= box.scrollHeight - 2;
              if (atEnd || performance.now() - started > 100000) {
                setTimeout(() => {
                  max = Math.max(max, rows());
                  const names = [...document.querySelectorAll('tr.torrent')].map(r => r.getAttribute('data-hash'));
                  done([max, steps, atEnd, box.scrollHeight, rows(), names.length, performance.now() - started]);
                }, 1500);
                return;
              }
              box.scrollTop += box.clientHeight * 3;
              steps++;
              setTimeout(step, 40);
            }
            step();
            """;

    static Map<String, String> measure(String base) throws Exception {
        var facts = new LinkedHashMap<String, String>();
        try (var browser = new BenchBrowser(1400, 900)) {
            var driver = browser.driver();
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(150));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_KEPT));
            driver.get(base);
            List<?> t = (List<?>) driver.executeScript(TIMING);
            facts.put(
                    "navigation to the HTML's last byte / to first contentful paint (rows in the HTML)",
                    String.format(Locale.ROOT, "%.0f ms / %.0f ms", num(t.get(0)), num(t.get(1))));
            facts.put(
                    "first-visit bytes over the wire (HTML + " + t.get(3) + " resources, headers included)",
                    String.format(
                            Locale.ROOT,
                            "%,d (HTML %,d gzip'd, %,d unpacked)",
                            (long) num(t.get(2)),
                            (long) num(t.get(5)),
                            (long) num(t.get(6))));
            facts.put("rows in the first HTML", String.valueOf(t.get(4)));
            List<?> kept = (List<?>) driver.executeAsyncScript(CURRENT);
            facts.put(
                    "first paint showed the rows kept through an idle spell (marked); navigation to current ones",
                    Boolean.TRUE.equals(kept.get(0))
                            ? String.format(Locale.ROOT, "yes; %.0f ms", num(kept.get(1)))
                            : "no: current ones at once");
            List<?> s = (List<?>) driver.executeAsyncScript(SCROLL);
            facts.put(
                    "scrolled top to end: most <tr> in the table at any step / at the end",
                    String.format(
                            Locale.ROOT,
                            "%s / %s (%s steps, reached the end: %s, %.0f ms, scrollHeight %s px)",
                            s.get(0),
                            s.get(4),
                            s.get(1),
                            s.get(2),
                            num(s.get(6)),
                            s.get(3)));
        }
        return facts;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
