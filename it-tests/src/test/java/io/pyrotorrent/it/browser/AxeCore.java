package io.pyrotorrent.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core's accessibility rules, injected into the page under test in real Chromium. The script
 * comes from npm through it-tests/bin/fetch-axe-core (pinned, checksummed, cached); run alone, a
 * test fetches it the same way.
 */
final class AxeCore {

    private static String source;

    private AxeCore() {}

    /**
     * The serious and critical violations on the page as it is now, one line each: the rule, its
     * impact, and the first offending elements. Empty when the page passes.
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Browser browser) {
        browser.script(source());
        var executor = (JavascriptExecutor) browser.driver();
        var violations = (List<Map<String, Object>>)
                executor.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " axe.run(document, { resultTypes: ['violations'] })"
                                + ".then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,"
                                + " targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))"
                                + ".catch(e => done([{ id: 'axe-failed', impact: 'critical', help: String(e), targets: [] }]));");
        return violations.stream()
                .filter(v -> List.of("serious", "critical").contains(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("targets"))
                .toList();
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(fetch(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static Path fetch() throws IOException {
        Path script = Path.of(System.getProperty("basedir", "."), "bin", "fetch-axe-core");
        Process process = new ProcessBuilder("bash", script.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("it-tests/bin/fetch-axe-core failed; run it by hand to see why");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching axe-core", e);
        }
        return Path.of(path);
    }
}
