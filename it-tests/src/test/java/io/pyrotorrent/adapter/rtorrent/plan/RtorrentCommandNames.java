package io.pyrotorrent.adapter.rtorrent.plan;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.request.Command;
import java.util.List;

/**
 * Test-only window on the rTorrent adapter's tables (same package, so nothing in the adapter is
 * made public for it): the command names it really sends, for checking other tables against.
 */
public final class RtorrentCommandNames {

    private RtorrentCommandNames() {}

    /** The getter the adapter sends for a field. */
    public static String getter(Field<?> field) {
        return CommandTable.getter(field);
    }

    /** The methods the adapter calls for a command, in order. */
    public static List<String> methods(Command command) {
        return CommandPlanner.plan(command).calls().stream().map(Call::method).toList();
    }
}
