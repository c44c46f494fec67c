package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What POST .../torrents asks to add, from a multipart form or a JSON body: .torrent files, URLs
 * (fetched by pyroTorrent, with its safety rules) and magnet links, plus start, label and directory.
 * Malformed input is a 400 naming the field; a torrent that is well-formed but refused later is
 * reported in its own result instead.
 */
record AddRequest(List<NamedSource> sources, AddOptions options) {

    static final int MAX_SOURCES = 100;
    static final Set<String> JSON_FIELDS = Set.of("torrents", "urls", "magnets", "start", "label", "directory");

    /** Collects sources and options field by field, whichever body they came in. */
    static final class Builder {
        private final List<NamedSource> sources = new ArrayList<>();
        private boolean start = true;
        private Label label = Label.NONE;
        private Optional<DownloadDirectory> directory = Optional.empty();

        void file(String name, byte[] bytes) {
            if (bytes.length == 0) {
                throw ApiError.badRequest("torrent '" + QueryParams.abbreviate(name) + "': the file is empty");
            }
            add(new NamedSource(name, new TorrentSource.FileBytes(bytes)));
        }

        void url(String text) {
            add(new NamedSource(text, parse("url", () -> new TorrentSource.Url(URI.create(text.strip())))));
        }

        void magnet(String text) {
            add(new NamedSource(
                    QueryParams.abbreviate(text), parse("magnet", () -> new TorrentSource.Magnet(text.strip()))));
        }

        void start(boolean start) {
            this.start = start;
        }

        void label(String text) {
            label = parse("label", () -> Label.of(text));
        }

        void directory(String text) {
            directory = text.isBlank()
                    ? Optional.empty()
                    : Optional.of(parse("directory", () -> DownloadDirectory.of(text.strip())));
        }

        AddRequest build() {
            if (sources.isEmpty()) {
                throw ApiError.badRequest("nothing to add: give .torrent files (torrent), urls or magnets");
            }
            return new AddRequest(sources, new AddOptions(start, label, directory));
        }

        private void add(NamedSource source) {
            if (sources.size() == MAX_SOURCES) {
                throw ApiError.badRequest("at most " + MAX_SOURCES + " torrents at once");
            }
            sources.add(source);
        }

        private static <T> T parse(String field, Supplier<T> value) {
            try {
                return value.get();
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(field + ": " + e.getMessage());
            }
        }
    }

    /** {"torrents": [{"name", "base64"}], "urls": [], "magnets": [], "start", "label", "directory"} */
    static AddRequest fromJson(JsonNode json) {
        JsonFields body = JsonFields.of(json, JSON_FIELDS);
        var add = new Builder();
        for (JsonFields.Item item : body.array("torrents", MAX_SOURCES)) {
            String where = "torrents[" + item.index() + "]";
            JsonFields torrent = JsonFields.of(item.node(), Set.of("name", "base64"));
            String name = torrent.text("name", 256).orElse(where);
            try {
                add.file(name, Base64.getDecoder().decode(torrent.requiredText("base64", RequestBody.MAX_BYTES)));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(where + ".base64: not base64");
            } catch (ApiError e) {
                throw e.at(where);
            }
        }
        body.texts("urls", MAX_SOURCES, 8192).forEach(add::url);
        body.texts("magnets", MAX_SOURCES, 8192).forEach(add::magnet);
        body.flag("start").ifPresent(add::start);
        body.text("label", 4 * Label.MAX_LENGTH).ifPresent(add::label);
        body.text("directory", 2048).ifPresent(add::directory);
        return add.build();
    }
}
