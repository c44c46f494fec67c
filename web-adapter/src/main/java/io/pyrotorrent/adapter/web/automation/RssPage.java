package io.pyrotorrent.adapter.web.automation;

import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.rss.FeedView;
import io.pyrotorrent.domain.model.rss.HistoryEntry;
import io.pyrotorrent.domain.model.rss.PreviewRow;
import io.pyrotorrent.domain.model.rss.Rule;
import io.pyrotorrent.domain.model.rss.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * /automation/rss: the feeds of one target, the chosen feed's rules, the rule form (refilled as
 * typed, with its preview when asked) and the feed's history.
 */
record RssPage(
        List<String> targets,
        String target,
        List<FeedLine> feeds,
        long selected,
        String selectedName,
        List<RuleLine> rules,
        Map<String, String> form,
        String formError,
        boolean previewed,
        List<PreviewLine> preview,
        List<HistoryLine> history) {

    record FeedLine(long id, String name, String url, long minutes, String checked, String error, int items) {
        static FeedLine of(FeedView view) {
            var feed = view.feed();
            return new FeedLine(
                    feed.id(),
                    feed.spec().name(),
                    feed.spec().url().toString(),
                    feed.spec().interval().toMinutes(),
                    view.status().checkedAt().map(Object::toString).orElse("never"),
                    view.status().error().orElse(""),
                    view.status().items());
        }
    }

    record RuleLine(long id, String name, String include, String exclude, String size, String adds) {
        static RuleLine of(Rule rule) {
            var spec = rule.spec();
            String size = (spec.minBytes().isPresent()
                            ? Units.bytes(spec.minBytes().getAsLong())
                            : "")
                    + (spec.minBytes().isPresent() || spec.maxBytes().isPresent() ? " - " : "any")
                    + (spec.maxBytes().isPresent() ? Units.bytes(spec.maxBytes().getAsLong()) : "");
            String adds = (spec.start() ? "started" : "paused")
                    + (spec.label().isEmpty() ? "" : ", label " + spec.label().value())
                    + spec.directory()
                            .map(DownloadDirectory::path)
                            .map(d -> ", in " + d)
                            .orElse("")
                    + (spec.onePerEpisode() ? ", one per episode" : "");
            return new RuleLine(rule.id(), spec.name(), spec.include(), spec.exclude(), size.strip(), adds);
        }
    }

    record PreviewLine(String title, String size, boolean take, String reason) {
        static PreviewLine of(PreviewRow row) {
            return new PreviewLine(
                    row.item().title(),
                    row.item().bytes().isPresent()
                            ? Units.bytes(row.item().bytes().getAsLong())
                            : "",
                    row.verdict() instanceof Verdict.Take,
                    row.verdict().reason());
        }
    }

    record HistoryLine(String at, String title, String state, String reason) {
        static HistoryLine of(HistoryEntry entry) {
            return new HistoryLine(
                    entry.at().toString(),
                    entry.title(),
                    entry.state().name().toLowerCase(Locale.ROOT),
                    entry.reason());
        }
    }
}
