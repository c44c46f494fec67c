package io.pyrotorrent.adapter.api.legacy;

import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.port.in.AddTorrents;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks what one legacy element means and plans its steps. Any refusal (unknown type or name, a
 * missing hash, bad arguments, an unsupported setting) fails this element alone, before any of its
 * steps is sent: an element runs whole or not at all. The batch adds which element it was.
 */
final class LegacyPlanner {

    private LegacyPlanner() {}

    static LegacyPlan plan(LegacyElement element, AddTorrents.UrlFetches fetches) {
        LegacyType type = LegacyType.of(element.type())
                .orElseThrow(
                        () -> ApiError.badRequest(
                                "unknown type; types are rtorrent, torrent, torrentrequester, filerequester, peerrequester, trackerrequester"));
        Optional<InfoHash> hash = hash(element, type);
        ViewName view = view(element, type);
        var ops = new ArrayList<LegacyPlan.Op>();
        for (LegacyElement.Call call : element.calls()) {
            LegacyAttribute attribute =
                    LegacyAttributes.find(type, call.name()).orElseThrow(() -> unknown(type, call.name()));
            var args = new LegacyArguments(call, fetches);
            LegacyMapping mapping = attribute.mapping();
            if (mapping instanceof LegacyMapping.Read read) {
                args.none();
                read(ops, new LegacyPlan.Named(call.name(), read.field()));
            } else if (mapping instanceof LegacyMapping.TorrentAction action) {
                args.none();
                ops.add(new LegacyPlan.Run(call.name(), action.toCommand().apply(hash.orElseThrow())));
            } else if (mapping instanceof LegacyMapping.SetRate rate) {
                long bytesPerSecond = args.wholeNumber();
                ops.add(new LegacyPlan.Run(
                        call.name(), args.command(() -> rate.toCommand().apply(bytesPerSecond))));
            } else if (mapping instanceof LegacyMapping.Load load) {
                var source = load.raw() ? args.torrentFile() : args.link();
                ops.add(new LegacyPlan.Run(call.name(), Command.AddTorrent.of(source, load.start())));
            } else {
                throw new ApiError(
                        400,
                        "not_supported",
                        call.name() + ": not supported: pyroTorrent has no command for " + attribute.command());
            }
        }
        if (type.answersList() && ops.isEmpty()) {
            throw ApiError.badRequest("a " + type.wireName() + " needs at least one attribute");
        }
        return new LegacyPlan(element, type, hash, view, ops);
    }

    /** Consecutive getters join one query; a command in between starts the next. */
    private static void read(List<LegacyPlan.Op> ops, LegacyPlan.Named named) {
        if (!ops.isEmpty() && ops.get(ops.size() - 1) instanceof LegacyPlan.Read last) {
            var names = new ArrayList<>(last.names());
            names.add(named);
            ops.set(ops.size() - 1, new LegacyPlan.Read(names));
        } else {
            ops.add(new LegacyPlan.Read(List.of(named)));
        }
    }

    private static Optional<InfoHash> hash(LegacyElement element, LegacyType type) {
        if (!type.needsHash()) {
            if (element.hash().isPresent()) {
                throw ApiError.badRequest("a " + type.wireName() + " element takes no hash");
            }
            return Optional.empty();
        }
        String hex = element.hash().orElseThrow(() -> ApiError.badRequest("hash: required"));
        try {
            return Optional.of(InfoHash.of(hex));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("hash: " + e.getMessage());
        }
    }

    private static ViewName view(LegacyElement element, LegacyType type) {
        if (!type.takesView()) {
            if (element.view().isPresent()) {
                throw ApiError.badRequest("a " + type.wireName() + " element takes no view");
            }
            return ViewName.DEFAULT;
        }
        try {
            return ViewName.of(element.view().orElse(""));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("view: " + e.getMessage());
        }
    }

    private static ApiError unknown(LegacyType type, String name) {
        List<String> elsewhere = LegacyAttributes.typesKnowing(name);
        return new ApiError(
                400,
                "unknown_attribute",
                "'" + QueryParams.abbreviate(name) + "' is not an attribute of "
                        + type.wireName() + " elements"
                        + (elsewhere.isEmpty() ? "" : " (only of " + String.join(", ", elsewhere) + ")")
                        + "; GET api/attributes lists them all");
    }
}
