package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A torrent named with a RIGHT-TO-LEFT OVERRIDE (U+202E) in real Chromium: the text after its name
 * (the next torrent's name in a flash message, its own hash on the erase question) must still be
 * laid out left to right, character after character, as a user reads it. One browser for the
 * class: each test opens its own page and reads only what that page shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class BidiTextIT {

    private static final String TARGET = "box";
    /** Characters whose left edges are read, in the order they are in the text. */
    private static final String LEFT_EDGES = """
            const [root, wanted] = arguments;
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
              const at = node.data.indexOf(wanted);
              if (at < 0) continue;
              const lefts = [];
              for (let i = at; i < at + wanted.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                lefts.push(range.getBoundingClientRect().left);
              }
              return lefts;
            }
            return null;""";

    @TempDir
    static Path dir;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    /** Sorted by name, descending, it comes first: U+202E sorts after every letter. */
    private final TestTorrent overriding = TestTorrent.single("\u202Egpj.exe-" + suffix);

    private final TestTorrent neighbour = TestTorrent.single("neighbour-" + suffix);
    private AppOnRtorrent app;
    private Browser browser;

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(dir, "", "", List.of(TARGET), List.of(overriding, neighbour));
        browser = Browser.desktop();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theFlashMessage_showsTheNextName_leftToRight() {
        browser.open(app.base() + "view/main?sort=name&order=desc&q=" + suffix);
        select(browser, overriding.hash());
        select(browser, neighbour.hash());
        browser.click("form.bulk#bulk-" + TARGET + " button[name=action][value=start]");

        WebElement flash = browser.waitFor("div#flash p.flash-ok");
        String text = (String) browser.script("return arguments[0].textContent", flash);
        assertThat(text.indexOf(overriding.name()))
                .as("the overriding name comes first in: %s", text)
                .isGreaterThan(0)
                .isLessThan(text.indexOf(neighbour.name()));
        assertLeftToRight(browser, flash, neighbour.name());
        browser.screenshot("bidi-flash");
    }

    @Test
    void theEraseQuestion_showsTheHashAfterTheName_leftToRight() {
        browser.open(app.base() + "view/main?q=" + suffix);
        select(browser, overriding.hash());
        browser.click("form.bulk#bulk-" + TARGET + " button[name=action][value=erase]");

        WebElement hash = browser.waitFor("ul.erase-list li code.hash");
        assertLeftToRight(
                browser, hash.findElement(By.xpath("..")), overriding.hash().hex());
        browser.screenshot("bidi-erase");
    }

    private static void select(Browser browser, InfoHash hash) {
        browser.click("tr.torrent#torrent-" + TARGET + "-" + hash.hex() + " td.select input[type=checkbox][name=hash]");
    }

    private static void assertLeftToRight(Browser browser, WebElement root, String text) {
        @SuppressWarnings("unchecked")
        List<Number> lefts = (List<Number>) browser.script(LEFT_EDGES, root, text);
        assertThat(lefts).as("'%s' is shown", text).isNotNull().hasSize(text.length());
        for (int i = 1; i < lefts.size(); i++) {
            assertThat(lefts.get(i).doubleValue())
                    .as("character %d of '%s' is right of character %d (left edges %s)", i, text, i - 1, lefts)
                    .isGreaterThan(lefts.get(i - 1).doubleValue());
        }
    }
}
