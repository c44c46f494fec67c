package io.pyrotorrent.adapter.web;

import static io.pyrotorrent.domain.model.field.TorrentFields.COMPLETED_BYTES;
import static io.pyrotorrent.domain.model.field.TorrentFields.MESSAGE;
import static io.pyrotorrent.domain.model.field.TorrentFields.SIZE_BYTES;

import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.overview.Overview;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.model.overview.TargetSection;
import java.util.List;
import java.util.Locale;

/** The overview as the template sees it: strings ready to show, nothing to compute. */
record OverviewPage(String view, List<Section> sections) {

    record Section(String target, boolean loaded, String error, String hostname, String versions,
            String rates, String limits, List<TorrentLine> torrents) {
    }

    record TorrentLine(String hash, String name, String size, String done, int percent, String state,
            String downRate, String upRate, String ratio, String label, String message) {
    }

    /** The columns the overview shows. */
    static final List<io.pyrotorrent.domain.model.field.Field<?>> FIELDS = List.of(TorrentFields.HASH,
            TorrentFields.NAME, SIZE_BYTES, COMPLETED_BYTES, TorrentFields.DOWN_RATE, TorrentFields.UP_RATE,
            TorrentFields.RATIO, MESSAGE, TorrentFields.LABEL);

    static OverviewPage of(Overview overview) {
        return new OverviewPage(overview.listing().view().value(),
                overview.sections().stream().map(OverviewPage::section).toList());
    }

    private static Section section(TargetSection section) {
        if (section instanceof TargetSection.Failed failed) {
            return new Section(failed.target().value(), false, failed.failure().message(), "", "", "", "",
                    List.of());
        }
        var loaded = (TargetSection.Loaded) section;
        Row c = loaded.client();
        return new Section(loaded.target().value(), true, "", c.get(ClientFields.HOSTNAME),
                "rTorrent " + c.get(ClientFields.CLIENT_VERSION) + " / libtorrent "
                        + c.get(ClientFields.LIBRARY_VERSION),
                "down " + Units.rate(c.get(ClientFields.DOWN_RATE)) + ", up " + Units.rate(c.get(ClientFields.UP_RATE)),
                "limits: down " + Units.limit(c.get(ClientFields.DOWN_LIMIT)) + ", up "
                        + Units.limit(c.get(ClientFields.UP_LIMIT)),
                loaded.torrents().rows().stream().map(OverviewPage::line).toList());
    }

    private static TorrentLine line(Row t) {
        return new TorrentLine(t.get(TorrentFields.HASH).hex(), t.get(TorrentFields.NAME),
                Units.bytes(t.get(SIZE_BYTES)), Units.bytes(t.get(COMPLETED_BYTES)),
                Units.percent(t.get(COMPLETED_BYTES), t.get(SIZE_BYTES)), state(t),
                Units.rate(t.get(TorrentFields.DOWN_RATE)), Units.rate(t.get(TorrentFields.UP_RATE)),
                String.format(Locale.ROOT, "%.2f", t.get(TorrentFields.RATIO)),
                t.get(TorrentFields.LABEL).value(), t.get(MESSAGE));
    }

    static String state(Row t) {
        return TorrentState.of(t).label();
    }
}
