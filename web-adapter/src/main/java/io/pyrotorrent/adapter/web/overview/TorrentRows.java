package io.pyrotorrent.adapter.web.overview;

import io.pyrotorrent.adapter.web.http.BidiText;
import java.util.List;

/**
 * The list's rows as HTML, written here rather than by a template macro: the first page holds 100
 * rows of 24 cells, and Pebble's macro call, scope and filter per value were about half of the
 * overview's time (a flight recording of 100 pages at 20,000 torrents). The markup is the one
 * {@code TorrentRowsTest} compares with the macro it replaced; data-field names are TorrentLine's
 * components (live.js updates them by name; list-scroll.js builds the same cells from the slice
 * JSON); every cell carries col-&lt;key&gt; so the column chooser can hide it; a tracker message
 * is an icon with its text on hover, not a second line.
 */
final class TorrentRows {

    private TorrentRows() {}

    static String html(List<TorrentLine> lines, String base, String target) {
        var out = new StringBuilder(lines.size() * 2400);
        for (TorrentLine t : lines) {
            row(out, t, base, target);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, TorrentLine t, String base, String target) {
        String message = BidiText.isolate(t.message());
        out.append("<tr id=\"torrent-");
        text(out, target).append('-');
        text(out, t.hash()).append("\" class=\"torrent state-");
        text(out, t.state()).append("\" data-hash=\"");
        text(out, t.hash()).append("\">\n");
        out.append("  <td class=\"select\"><input type=\"checkbox\" name=\"hash\" value=\"");
        text(out, t.hash()).append("\" aria-label=\"Select ");
        text(out, BidiText.isolate(t.name())).append("\"></td>\n");
        out.append("  <td class=\"name col-name\"><span class=\"msg-icon\" data-message-icon title=\"");
        text(out, message).append("\" role=\"img\" aria-label=\"Tracker message: ");
        text(out, message).append('"');
        if (t.message().isEmpty()) {
            out.append(" hidden");
        }
        out.append(">&#9888;</span><a href=\"");
        text(out, base);
        text(out, t.href()).append("\"><bdi>");
        text(out, t.name()).append("</bdi></a></td>\n");
        cell(out, "size col-size", "size", t.size());
        out.append("  <td class=\"done col-done\"><progress max=\"100\" value=\"")
                .append(t.percent())
                .append("\" data-progress>")
                .append(t.percent())
                .append("%</progress>\n    <span class=\"percent\"><span data-field=\"percent\">")
                .append(t.percent())
                .append("</span>%</span></td>\n");
        out.append("  <td class=\"state col-state\"><span class=\"state state-");
        text(out, t.state()).append("\" data-field=\"state\">");
        text(out, t.state()).append("</span></td>\n");
        cell(out, "down col-down", "downRate", t.downRate());
        cell(out, "up col-up", "upRate", t.upRate());
        cell(out, "ratio col-ratio", "ratio", t.ratio());
        cell(out, "peers col-peers", "peers", t.peers());
        out.append("  <td class=\"label col-label\">");
        if (!t.label().isEmpty()) {
            out.append("<a href=\"");
            text(out, base);
            text(out, t.labelHref()).append("\"><bdi>");
            text(out, t.label()).append("</bdi></a>");
        }
        out.append("</td>\n");
        cell(out, "eta col-eta", "eta", t.eta());
        cell(out, "col-uploaded", "uploaded", t.uploaded());
        cell(out, "col-downloaded", "downloaded", t.downloaded());
        cell(out, "col-seeds", "seeds", t.seeds());
        cell(out, "col-left", "left", t.left());
        cell(out, "col-started", null, t.started());
        cell(out, "col-finished", null, t.finished());
        cell(out, "col-created", null, t.created());
        out.append("  <td class=\"col-directory\"><bdi>");
        text(out, t.directory()).append("</bdi></td>\n");
        cell(out, "col-priority", null, t.priority());
        cell(out, "col-files", null, t.files());
        out.append("  <td class=\"col-throttle\"><bdi>");
        text(out, t.throttle()).append("</bdi></td>\n");
        out.append("  <td class=\"col-message\"><div class=\"message\" data-field=\"message\">");
        text(out, t.message()).append("</div></td>\n");
        out.append("  <td class=\"col-hash\"><code>");
        text(out, t.hash()).append("</code></td>\n</tr>\n");
    }

    private static void cell(StringBuilder out, String classes, String field, String value) {
        out.append("  <td class=\"").append(classes).append('"');
        if (field != null) {
            out.append(" data-field=\"").append(field).append('"');
        }
        out.append('>');
        text(out, value).append("</td>\n");
    }

    /**
     * As Pebble's autoescaping writes text (unbescape's escapeHtml4Xml): the five markup
     * characters. Most values have none of them and go in whole. The one non-Latin-1 character
     * our own formatting writes (the ETA's "∞") goes as a character reference: a page with only
     * Latin-1 characters stays one byte per character in Java, so building it and encoding it to
     * UTF-8 are copies (about a tenth of the overview's time in a flight recording at 20,000).
     */
    static StringBuilder text(StringBuilder out, String value) {
        int i = 0;
        while (i < value.length() && !special(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return out.append(value);
        }
        out.append(value, 0, i);
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case INFINITY -> out.append("&#8734;");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static final char INFINITY = '\u221E';

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == INFINITY;
    }
}
