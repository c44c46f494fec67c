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
 * from top to end.
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
