package io.pyrotorrent.app.rss;

import java.util.List;

/** Feed documents for tests: RSS with torrent enclosures, and Atom. */
final class TestFeeds {

    private TestFeeds() {}

    record Entry(String title, String url, long length) {}

    static String rss(List<Entry> entries) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>test</title><link>http://feeds.example/</link><description>d</description>\n");
        for (Entry e : entries) {
            xml.append("<item><title>")
                    .append(e.title())
                    .append("</title><guid>guid-")
                    .append(e.title())
                    .append("</guid><link>http://feeds.example/details/1</link><enclosure url=\"")
                    .append(e.url())
                    .append("\" length=\"")
                    .append(e.length())
                    .append("\" type=\"application/x-bittorrent\"/></item>\n");
        }
        return xml.append("</channel></rss>").toString();
    }

    static String atom(String title, String link) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>a</title><id>urn:a</id><updated>2026-12-01T10:00:00Z</updated>"
                + "<entry><title>" + title + "</title><id>urn:e1</id><updated>2026-12-01T10:00:00Z</updated>"
                + "<link href=\"" + link + "\"/></entry></feed>";
    }
}
