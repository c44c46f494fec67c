package io.pyrotorrent.domain.rss;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which episode a release is, so a rule can take each once: the show's name (what comes before
 * the episode mark, punctuation folded) plus S01E02 (or 1x02), else an air date (2024.01.05,
 * 2024-01-05, 2024 01 05). Releases of the same episode in other qualities share the key.
 */
final class EpisodeKey {

    private static final Pattern SEASON_EPISODE = Pattern.compile(
            "(?i)(?<![a-z0-9])s(\\d{1,3})[ ._-]?e(\\d{1,4})|(?<![a-z0-9])(\\d{1,2})x(\\d{2,3})(?![0-9])");
    private static final Pattern AIR_DATE =
            Pattern.compile("(?<![0-9])((?:19|20)\\d{2})[ ._-](0[1-9]|1[0-2])[ ._-](0[1-9]|[12]\\d|3[01])(?![0-9])");

    private EpisodeKey() {}

    static Optional<String> of(String title) {
        Matcher episode = SEASON_EPISODE.matcher(title);
        if (episode.find()) {
            int season = Integer.parseInt(episode.group(1) != null ? episode.group(1) : episode.group(3));
            int number = Integer.parseInt(episode.group(2) != null ? episode.group(2) : episode.group(4));
            return Optional.of(show(title, episode.start()) + " s" + season + "e" + number);
        }
        Matcher date = AIR_DATE.matcher(title);
        if (date.find()) {
            return Optional.of(
                    show(title, date.start()) + " " + date.group(1) + "-" + date.group(2) + "-" + date.group(3));
        }
        return Optional.empty();
    }

    private static String show(String title, int end) {
        return title.substring(0, end)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
