package io.pyrotorrent.it.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the overview page's per-instance sections: what each target shows, torrents or an error. */
public final class OverviewHtml {

    private static final Pattern SECTION =
            Pattern.compile("<section class=\"target\" id=\"target-([^\"]+)\"[^>]*>(.*?)</section>", Pattern.DOTALL);
    /** A visible error paragraph (the page also carries a hidden one for live updates). */
    private static final Pattern ERROR =
            Pattern.compile("<p class=\"error[^\"]*\"(?![^>]*\\bhidden\\b)[^>]*>(.*?)</p>", Pattern.DOTALL);

    private OverviewHtml() {}

    /** The HTML of one instance's section, if the page has it. */
    public static Optional<String> section(String html, String target) {
        Matcher m = SECTION.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(target)) {
                return Optional.of(m.group(2));
            }
        }
        return Optional.empty();
    }

    /** The error the section shows in place of its torrents, as text, if any. */
    public static Optional<String> error(String html, String target) {
        return section(html, target).flatMap(s -> {
            Matcher m = ERROR.matcher(s);
            return m.find()
                    ? Optional.of(m.group(1)
                            .strip()
                            .replace("&#39;", "'")
                            .replace("&quot;", "\"")
                            .replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&amp;", "&"))
                    : Optional.empty();
        });
    }

    /** The section rendered its instance's status and torrents, with no error in their place. */
    public static boolean loaded(String html, String target) {
        return section(html, target).filter(s -> !ERROR.matcher(s).find()).isPresent();
    }
}
