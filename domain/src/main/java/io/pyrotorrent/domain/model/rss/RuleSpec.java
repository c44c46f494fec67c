package io.pyrotorrent.domain.model.rss;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.add.AddOptions;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a rule takes from a feed and how it adds it. Regexes are matched case-insensitively
 * against an item's title (find, not whole-title match, as ruTorrent and Flood do). A rule that
 * can never match (min size above max size) is refused here, where the user writes it.
 *
 * @param include       an item is taken only when its title matches; empty takes every title
 * @param exclude       an item whose title matches is never taken
 * @param onePerEpisode take each episode (S01E02, or an air date) once, whichever release comes first
 */
public record RuleSpec(
        String name,
        String include,
        String exclude,
        OptionalLong minBytes,
        OptionalLong maxBytes,
        Label label,
        Optional<DownloadDirectory> directory,
        boolean start,
        boolean onePerEpisode) {

    static final int MAX_NAME = 100;
    static final int MAX_REGEX = 500;

    public RuleSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(include, "include");
        Objects.requireNonNull(exclude, "exclude");
        Objects.requireNonNull(minBytes, "minBytes");
        Objects.requireNonNull(maxBytes, "maxBytes");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(directory, "directory");
        if (name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("name: expected 1 to " + MAX_NAME + " characters on one line");
        }
        compile("include", include);
        compile("exclude", exclude);
        if (minBytes.isPresent() && minBytes.getAsLong() < 0 || maxBytes.isPresent() && maxBytes.getAsLong() < 0) {
            throw new IllegalArgumentException("size: expected a size of 0 or more");
        }
        if (minBytes.isPresent() && maxBytes.isPresent() && minBytes.getAsLong() > maxBytes.getAsLong()) {
            throw new IllegalArgumentException("size: the minimum (" + minBytes.getAsLong()
                    + " bytes) is above the maximum (" + maxBytes.getAsLong() + " bytes): the rule could never match");
        }
    }

    public Optional<Pattern> includePattern() {
        return include.isEmpty() ? Optional.empty() : Optional.of(compile("include", include));
    }

    public Optional<Pattern> excludePattern() {
        return exclude.isEmpty() ? Optional.empty() : Optional.of(compile("exclude", exclude));
    }

    public AddOptions addOptions() {
        return new AddOptions(start, label, directory);
    }

    private static Pattern compile(String field, String regex) {
        if (regex.length() > MAX_REGEX) {
            throw new IllegalArgumentException(field + ": longer than " + MAX_REGEX + " characters");
        }
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(field + ": not a regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
        }
    }
}
