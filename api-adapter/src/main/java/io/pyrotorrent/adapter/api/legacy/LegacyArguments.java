package io.pyrotorrent.adapter.api.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.domain.port.in.AddTorrents;
import java.net.URI;
import java.util.Base64;
import java.util.function.Supplier;

/** The arguments of one legacy attribute, read as its mapping needs them; a refusal names the attribute. */
final class LegacyArguments {

    private final LegacyElement.Call call;
    private final AddTorrents.UrlFetches fetches;

    LegacyArguments(LegacyElement.Call call, AddTorrents.UrlFetches fetches) {
        this.call = call;
        this.fetches = fetches;
    }

    void none() {
        if (!call.args().isEmpty()) {
            throw refused("takes no arguments");
        }
    }

    /** One whole number; a string of digits too, as rTorrent took strings for its settings. */
    long wholeNumber() {
        JsonNode arg = call.args().size() == 1 ? call.args().get(0) : null;
        if (arg != null && arg.isIntegralNumber() && arg.canConvertToLong()) {
            return arg.asLong();
        }
        if (arg != null && arg.isTextual() && arg.asText().matches("[0-9]{1,12}")) {
            return Long.parseLong(arg.asText());
        }
        throw refused("takes one whole number of bytes per second");
    }

    /**
     * A magnet link, or a URL that pyroTorrent fetches as every add does, with its safety rules
     * (the original let rTorrent fetch it, which would reach any address rTorrent can).
     */
    TorrentSource link() {
        String text = text();
        if (text.startsWith("magnet:")) {
            return checked(() -> new TorrentSource.Magnet(text));
        }
        var url = checked(() -> new TorrentSource.Url(URI.create(text)));
        return checked(() -> fetches.fetch(url));
    }

    /** Base64 .torrent bytes, read here first: rTorrent silently drops what it cannot load. */
    TorrentSource torrentFile() {
        String text = text();
        return checked(() -> {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(text.replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the argument is not base64");
            }
            Metainfo.parse(bytes);
            return new TorrentSource.FileBytes(bytes);
        });
    }

    /** A command whose constructor checks its values (a rate's range, say). */
    Command command(Supplier<Command> command) {
        return checked(command);
    }

    ApiError refused(String problem) {
        return new ApiError(400, "bad_request", call.name() + ": " + problem);
    }

    private String text() {
        if (call.args().size() != 1 || !call.args().get(0).isTextual()) {
            throw refused("takes one string");
        }
        return call.args().get(0).asText();
    }

    private <T> T checked(Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        }
    }
}
