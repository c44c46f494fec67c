package io.pyrotorrent.app.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a YAML parse failure into one line. SnakeYAML's messages span several lines: the problem
 * sentences start at the margin, each followed by an indented {@code in 'reader', line N} and a
 * snippet of the file; the last such line is where the problem is.
 */
final class YamlSyntaxError {

    private static final Pattern MARK = Pattern.compile("^ in '[^']*', line (\\d+), column \\d+:?$");

    private YamlSyntaxError() {}

    static ConfigException of(String fileName, JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        List<String> sentences = new ArrayList<>();
        int line = lineOf(e.getLocation());
        for (String text : original.split("\\R")) {
            Matcher mark = MARK.matcher(text);
            if (mark.matches()) {
                line = Integer.parseInt(mark.group(1));
            } else if (!text.isBlank() && !Character.isWhitespace(text.charAt(0))) {
                sentences.add(text.strip());
            }
        }
        String where = line > ConfigSource.UNKNOWN_LINE ? fileName + ":" + line : fileName;
        return new ConfigException(
                where + ": not valid YAML: " + String.join("; ", sentences)
                        + "; expected valid YAML, indented with spaces, quotes closed",
                e);
    }

    private static int lineOf(JsonLocation location) {
        return location == null ? ConfigSource.UNKNOWN_LINE : Math.max(location.getLineNr(), ConfigSource.UNKNOWN_LINE);
    }
}
