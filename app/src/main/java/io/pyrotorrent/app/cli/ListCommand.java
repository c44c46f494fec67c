package io.pyrotorrent.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.TorrentState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List torrents: one round trip per target")
final class ListCommand implements Callable<Integer> {

    private static final List<Field<?>> FIELDS = fields();

    @ParentCommand
    PyrotorrentCommand root;

    /** What a line shows, plus the flags its state is derived from (one place: TorrentState). */
    private static List<Field<?>> fields() {
        var fields = new LinkedHashSet<Field<?>>(List.of(
                TorrentFields.HASH,
                TorrentFields.NAME,
                TorrentFields.SIZE_BYTES,
                TorrentFields.COMPLETED_BYTES,
                TorrentFields.DOWN_RATE,
                TorrentFields.UP_RATE,
                TorrentFields.RATIO,
                TorrentFields.LABEL));
        fields.addAll(TorrentState.FIELDS);
        return List.copyOf(fields);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "T", description = "only this target (default: all)")
    String target;

    @Option(names = "--view", paramLabel = "V", defaultValue = "main", description = "rTorrent view (default: main)")
    String view;

    @Option(names = "--filter", paramLabel = "REGEX", description = "only names matching (case-insensitive)")
    Pattern filter;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (Application app = Application.client(root.config())) {
            List<TargetName> configured = app.services().sendRequests().targets(Principal.LOCAL);
            List<TargetName> targets = target == null ? configured : List.of(TargetChoice.choose(configured, target));
            var lines = new ArrayList<Map<String, Object>>();
            Pattern names = filter == null ? null : Pattern.compile(filter.pattern(), Pattern.CASE_INSENSITIVE);
            for (TargetName name : targets) {
                for (Row row : app.services().listTorrents().list(Principal.LOCAL, name, ViewName.of(view), FIELDS)) {
                    if (names == null
                            || names.matcher(row.get(TorrentFields.NAME)).find()) {
                        lines.add(line(name, row));
                    }
                }
            }
            if (json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(lines));
            } else {
                lines.forEach(l -> out.printf(
                        Locale.ROOT,
                        "%-10s %s %-8s %3d%% %12d  %s%n",
                        l.get("target"),
                        l.get("hash"),
                        l.get("state"),
                        l.get("percent"),
                        l.get("size_bytes"),
                        l.get("name")));
            }
            return 0;
        }
    }

    private static Map<String, Object> line(TargetName target, Row row) {
        var line = new LinkedHashMap<String, Object>();
        long size = row.get(TorrentFields.SIZE_BYTES);
        long done = row.get(TorrentFields.COMPLETED_BYTES);
        line.put("target", target.value());
        line.put("hash", row.get(TorrentFields.HASH).hex());
        line.put("name", row.get(TorrentFields.NAME));
        line.put("size_bytes", size);
        line.put("done_bytes", done);
        line.put("percent", size == 0 ? 100 : (int) (done * 100 / size));
        line.put("state", TorrentState.of(row).label());
        line.put("down_rate", row.get(TorrentFields.DOWN_RATE));
        line.put("up_rate", row.get(TorrentFields.UP_RATE));
        line.put("ratio", row.get(TorrentFields.RATIO));
        line.put("label", row.get(TorrentFields.LABEL).value());
        return line;
    }
}
