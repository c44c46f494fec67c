package io.pyrotorrent.adapter.web.actions;

import io.pyrotorrent.adapter.web.overview.OverviewQuery;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.request.Command;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the action buttons can ask (the {@code action} form field) and the command each sends.
 * {@code label} and {@code priority} also read the field of the same name.
 */
enum TorrentAction {
    START("start", "Started", Command.Start::new),
    STOP("stop", "Stopped", Command.Stop::new),
    PAUSE("pause", "Paused", Command.Pause::new),
    RESUME("resume", "Resumed", Command.Resume::new),
    RECHECK("recheck", "Hash check started for", Command.CheckHash::new),
    ERASE("erase", "Erased (data kept on disk)", Command.Erase::new),
    OPEN("open", "Opened", Command.Open::new),
    CLOSE("close", "Closed", Command.Close::new),
    LABEL("label", "Label set on", null),
    PRIORITY("priority", "Priority set on", null);

    final String key;
    private final String done;
    private final Function<InfoHash, Command.OnTorrent> command;

    TorrentAction(String key, String done, Function<InfoHash, Command.OnTorrent> command) {
        this.key = key;
        this.done = done;
        this.command = command;
    }

    static TorrentAction parse(String key) {
        return Arrays.stream(values())
                .filter(a -> a.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("action is one of start, stop, pause, resume, "
                        + "recheck, erase, open, close, label or priority, not '"
                        + OverviewQuery.shorten(String.valueOf(key)) + "'"));
    }

    /** The command for one torrent; {@code value} is the label or priority field (ignored by others). */
    Command.OnTorrent command(InfoHash hash, String value) {
        return switch (this) {
            case LABEL -> new Command.SetLabel(hash, Label.of(value));
            case PRIORITY -> new Command.SetTorrentPriority(hash, priority(value));
            default -> command.apply(hash);
        };
    }

    /** The start of the success message, e.g. "Started" or "Label 'linux' set on". */
    String done(String value) {
        return switch (this) {
            case LABEL -> value.isBlank() ? "Label cleared on" : "Label '" + value.strip() + "' set on";
            case PRIORITY -> "Priority " + priority(value).name().toLowerCase(Locale.ROOT) + " set on";
            default -> done;
        };
    }

    /** The verb of a confirmation, e.g. "Stop" or "Set label 'linux' on". */
    String title(String value) {
        return switch (this) {
            case RECHECK -> "Recheck";
            case LABEL -> value.isBlank() ? "Clear the label on" : "Set label '" + value.strip() + "' on";
            case PRIORITY -> "Set priority " + priority(value).name().toLowerCase(Locale.ROOT) + " on";
            default -> key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
        };
    }

    static TorrentPriority priority(String value) {
        return Arrays.stream(TorrentPriority.values())
                .filter(p -> p.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("priority is off, low, normal or high, not '"
                        + OverviewQuery.shorten(String.valueOf(value)) + "'"));
    }
}
