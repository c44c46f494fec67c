package io.pyrotorrent.adapter.api.legacy;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.util.List;
import java.util.Optional;

/**
 * Test-only window on the legacy API's attribute table (same package, so nothing in the adapter
 * is made public for it): each row's rTorrent command name, and the field it reads or a sample
 * of the command it runs.
 */
public final class LegacyAttributeRows {

    /** One attribute: what it claims rTorrent runs, and what pyroTorrent really asks for. */
    public record Row(String name, String command, Optional<Field<?>> reads, Optional<Command> runs) {}

    private LegacyAttributeRows() {}

    public static List<Row> all() {
        return LegacyAttributes.ALL.stream().map(LegacyAttributeRows::row).toList();
    }

    private static Row row(LegacyAttribute attribute) {
        Optional<Field<?>> reads = Optional.empty();
        Optional<Command> runs = Optional.empty();
        LegacyMapping mapping = attribute.mapping();
        if (mapping instanceof LegacyMapping.Read read) {
            reads = Optional.of(read.field());
        } else if (mapping instanceof LegacyMapping.TorrentAction action) {
            runs = Optional.of(action.toCommand().apply(TestTorrent.randomHash()));
        } else if (mapping instanceof LegacyMapping.SetRate rate) {
            runs = Optional.of(rate.toCommand().apply(0));
        } else if (mapping instanceof LegacyMapping.Load load) {
            TorrentSource source = load.raw()
                    ? TestTorrent.unique("sample").source()
                    : new TorrentSource.Magnet(
                            "magnet:?xt=urn:btih:" + TestTorrent.randomHash().hex());
            runs = Optional.of(Command.AddTorrent.of(source, load.start()));
        }
        return new Row(attribute.name(), attribute.command(), reads, runs);
    }
}
