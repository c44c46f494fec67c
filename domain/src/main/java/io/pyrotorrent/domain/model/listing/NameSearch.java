package io.pyrotorrent.domain.model.listing;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A name search: a substring without case, or a regular expression when the user asks for one,
 * with the flag or by writing it between slashes ({@code /^ubuntu-2[24]/}, as in Flood's and many
 * editors' search boxes). The pattern is checked here, so a bad one is a clear refusal naming the
 * search, never a 500.
 */
public record NameSearch(String text, boolean regex) {

    /** Long enough for any real search; short enough that a pattern cannot be a program. */
    public static final int MAX_LENGTH = 200;

    public NameSearch {
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a search has some text");
        }
        if (text.length() > 2 && text.startsWith("/") && text.endsWith("/")) {
            text = text.substring(1, text.length() - 1);
            regex = true;
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("search is at most " + MAX_LENGTH + " characters, not " + text.length());
        }
        if (regex) {
            compile(text);
        }
    }

    public Predicate<String> predicate() {
        if (!regex) {
            String needle = text.toLowerCase(Locale.ROOT);
            return name -> name.toLowerCase(Locale.ROOT).contains(needle);
        }
        Pattern pattern = compile(text);
        return name -> pattern.matcher(new BoundedText(name)).find();
    }

    private static Pattern compile(String text) {
        try {
            return Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "search is not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
    }
}
