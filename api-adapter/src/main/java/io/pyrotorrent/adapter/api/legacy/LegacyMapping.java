package io.pyrotorrent.adapter.api.legacy;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.request.Command;
import java.util.function.Function;
import java.util.function.LongFunction;

/** What a legacy attribute name does: read a typed field, or run one of the domain's commands. */
sealed interface LegacyMapping {

    /** One line for the attributes document. */
    String describe();

    /** A getter: no arguments, answers the field's raw value. */
    record Read(Field<?> field) implements LegacyMapping {
        @Override
        public String describe() {
            return "reads " + field;
        }
    }

    /** An action on the element's torrent: no arguments, answers 0 as rTorrent did. */
    record TorrentAction(String command, Function<InfoHash, Command> toCommand) implements LegacyMapping {
        @Override
        public String describe() {
            return "runs " + command;
        }
    }

    /** A client-wide rate limit: one whole number of bytes per second, 0 for unlimited. */
    record SetRate(String command, LongFunction<Command> toCommand) implements LegacyMapping {
        @Override
        public String describe() {
            return "runs " + command + " with [bytes per second]";
        }
    }

    /** Loads a torrent: from a magnet link, from a URL that pyroTorrent fetches, or from base64 .torrent bytes. */
    record Load(boolean raw, boolean start) implements LegacyMapping {
        @Override
        public String describe() {
            return "runs AddTorrent" + (start ? " (started)" : " (not started)") + " with ["
                    + (raw ? "base64 .torrent file" : "URL or magnet link") + "]";
        }
    }

    /** An rTorrent setting pyroTorrent has no command for: the attribute answers an error. */
    record Unsupported() implements LegacyMapping {
        @Override
        public String describe() {
            return "not supported: answers an error";
        }
    }
}
