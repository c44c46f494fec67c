package io.pyrotorrent.adapter.rtorrent.plan;

import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.domain.model.settings.SettingKind;
import io.pyrotorrent.domain.model.settings.SettingValue;
import java.util.ArrayList;
import java.util.List;

/** The rTorrent calls for each command of the closed {@link Command} family, and only those. */
final class CommandPlanner {

    private CommandPlanner() {}

    static PlannedStep plan(Command command) {
        return new PlannedStep(calls(command), ResultDecoder::done);
    }

    private static List<Call> calls(Command command) {
        if (command instanceof Command.OnTorrent onTorrent) {
            return onTorrent(onTorrent, onTorrent.hash().hex());
        }
        if (command instanceof Command.SetGlobalUpLimit limit) {
            // Limits are at most 2^30, so an i4 carries them; rTorrent's setters expect a value.
            return List.of(new Call("throttle.global_up.max_rate.set", "", (int) limit.bytesPerSecond()));
        }
        if (command instanceof Command.SetGlobalDownLimit limit) {
            return List.of(new Call("throttle.global_down.max_rate.set", "", (int) limit.bytesPerSecond()));
        }
        if (command instanceof Command.AddTorrent add) {
            return List.of(add(add));
        }
        if (command instanceof Command.ChangeSetting change) {
            return List.of(setting(change.value()));
        }
        if (command instanceof Command.DefineThrottleGroup define) {
            // (target, name, KiB/s as a string: rTorrent parses the rate from text). The name is
            // checked to letters, digits and ".-_", so it is one rc-file token too.
            String name = define.group().name().value();
            return List.of(
                    new Call(
                            "throttle.up",
                            "",
                            name,
                            Long.toString(define.group().upKiB())),
                    new Call(
                            "throttle.down",
                            "",
                            name,
                            Long.toString(define.group().downKiB())));
        }
        throw new IllegalArgumentException("no plan for " + command);
    }

    private static List<Call> onTorrent(Command.OnTorrent command, String hash) {
        if (command instanceof Command.Open) {
            return List.of(new Call("d.open", hash));
        }
        if (command instanceof Command.Close) {
            return List.of(new Call("d.close", hash));
        }
        if (command instanceof Command.Start) {
            return List.of(new Call("d.start", hash));
        }
        if (command instanceof Command.Stop) {
            return List.of(new Call("d.stop", hash));
        }
        if (command instanceof Command.Pause) {
            return List.of(new Call("d.pause", hash));
        }
        if (command instanceof Command.Resume) {
            return List.of(new Call("d.resume", hash));
        }
        if (command instanceof Command.CheckHash) {
            return List.of(new Call("d.check_hash", hash));
        }
        if (command instanceof Command.Erase) {
            return List.of(new Call("d.erase", hash));
        }
        if (command instanceof Command.SetTorrentPriority set) {
            return List.of(new Call("d.priority.set", hash, set.priority().code()));
        }
        if (command instanceof Command.SetThrottleGroup set) {
            return List.of(new Call(
                    "d.throttle_name.set", hash, set.group().map(g -> g.value()).orElse("")));
        }
        if (command instanceof Command.SetLabel set) {
            return List.of(new Call("d.custom1.set", hash, LabelCodec.encode(set.label())));
        }
        if (command instanceof Command.AddTracker add) {
            // (target, group, url): 0.9.8 takes groups 0-32 only (fault -503 "Tracker group number
            // invalid" above, tried); 31 puts it in a tier after any a real torrent brings.
            return List.of(new Call("d.tracker.insert", hash, "31", add.url().value()));
        }
        if (command instanceof Command.SetTrackerEnabled set) {
            return List.of(new Call("t.is_enabled.set", hash + ":t" + set.trackerIndex(), set.enabled() ? 1 : 0));
        }
        if (command instanceof Command.Reannounce) {
            return List.of(new Call("d.tracker_announce.force", hash));
        }
        if (command instanceof Command.SetDirectory set) {
            // A value, never a command string: the path cannot run anything whatever it holds.
            return List.of(new Call(
                    set.exact() ? "d.directory_base.set" : "d.directory.set",
                    hash,
                    set.directory().path()));
        }
        if (command instanceof Command.SetFilePriority set) {
            // A file priority takes effect only once the torrent's priorities are updated.
            return List.of(
                    new Call(
                            "f.priority.set",
                            hash + ":f" + set.fileIndex(),
                            set.priority().code()),
                    new Call("d.update_priorities", hash));
        }
        throw new IllegalArgumentException("no plan for " + command);
    }

    /**
     * Numbers go as i8 and flags as 0/1 (what the getters answer); encryption as one parameter per
     * flag, as protocol.encryption.set takes them; the rest as the validated text.
     */
    private static Call setting(SettingValue value) {
        String setter = CommandTable.setter(value.setting());
        SettingKind kind = value.setting().kind();
        if (kind instanceof SettingKind.Count) {
            return new Call(setter, "", value.number());
        }
        if (kind instanceof SettingKind.Flag) {
            return new Call(setter, "", value.on() ? 1L : 0L);
        }
        if (kind instanceof SettingKind.Flags) {
            var params = new ArrayList<Object>();
            params.add("");
            params.addAll(value.parts());
            return new Call(setter, params.toArray());
        }
        return new Call(setter, "", value.text());
    }

    /**
     * The same setting as a line of an rc file, for an instance that reads it at start:
     * "throttle.max_peers.normal.set = 150". Values are validated by their kind (a directory has
     * no quote or control character), so the line cannot carry a second command.
     */
    static String rcLine(SettingValue value) {
        String setter = CommandTable.setter(value.setting());
        SettingKind kind = value.setting().kind();
        if (kind instanceof SettingKind.Flag) {
            return setter + " = " + (value.on() ? 1 : 0);
        }
        if (kind instanceof SettingKind.Directory) {
            return setter + " = \"" + value.text() + "\"";
        }
        return setter + " = " + value.text();
    }

    private static Call add(Command.AddTorrent add) {
        var params = new ArrayList<Object>();
        params.add("");
        String method;
        if (add.source() instanceof TorrentSource.FileBytes file) {
            method = add.start() ? "load.raw_start" : "load.raw";
            params.add(file.bytes());
        } else {
            method = add.start() ? "load.start" : "load.normal";
            params.add(
                    add.source() instanceof TorrentSource.Url url
                            ? url.uri().toString()
                            : ((TorrentSource.Magnet) add.source()).uri());
        }
        // Commands rTorrent runs on the new download: values are made safe by their types
        // (labels percent-encoded, directories free of command syntax).
        if (!add.label().isEmpty()) {
            params.add("d.custom1.set=" + LabelCodec.encode(add.label()));
        }
        add.directory().ifPresent(dir -> params.add("d.directory.set=\"" + dir.path() + "\""));
        return new Call(method, params.toArray());
    }
}
