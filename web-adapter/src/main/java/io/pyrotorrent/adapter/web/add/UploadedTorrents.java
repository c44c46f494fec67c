package io.pyrotorrent.adapter.web.add;

import io.javalin.http.UploadedFile;
import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.adapter.web.overview.OverviewQuery;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The torrents one add form names: uploaded files, URLs and magnet links (one per line). Each
 * becomes a source for the domain, or a refusal of its own right here (too large, not a URL,
 * not a magnet), so one bad line never stops the others.
 */
record UploadedTorrents(List<NamedSource> sources, List<AddResult.Refused> refused) {

    static final int MAX_FILES = 100;
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** Reads the form; more than {@link #MAX_FILES} files is refused as a whole, by the caller. */
    static UploadedTorrents read(List<UploadedFile> files, String urls, String magnets) {
        var sources = new ArrayList<NamedSource>();
        var refused = new ArrayList<AddResult.Refused>();
        for (UploadedFile file : files) {
            String name = file.filename().isBlank() ? "uploaded file" : file.filename();
            if (file.size() > MAX_FILE_BYTES) {
                refused.add(new AddResult.Refused(
                        name,
                        "the file is " + Units.bytes(file.size()) + "; a .torrent file may be at most "
                                + Units.bytes(MAX_FILE_BYTES)));
            } else if (file.size() == 0) {
                refused.add(new AddResult.Refused(name, "the file is empty"));
            } else {
                sources.add(new NamedSource(name, new TorrentSource.FileBytes(bytes(file))));
            }
        }
        for (String line : lines(urls)) {
            try {
                sources.add(new NamedSource(line, new TorrentSource.Url(new URI(line))));
            } catch (URISyntaxException | IllegalArgumentException e) {
                refused.add(new AddResult.Refused(line, "not an http(s) URL"));
            }
        }
        for (String line : lines(magnets)) {
            try {
                sources.add(new NamedSource(shortMagnet(line), new TorrentSource.Magnet(line)));
            } catch (IllegalArgumentException e) {
                refused.add(new AddResult.Refused(shortMagnet(line), e.getMessage()));
            }
        }
        return new UploadedTorrents(List.copyOf(sources), List.copyOf(refused));
    }

    boolean isEmpty() {
        return sources.isEmpty() && refused.isEmpty();
    }

    /** A magnet's display name (dn=) is decoded later by rTorrent; messages show its start. */
    private static String shortMagnet(String magnet) {
        return OverviewQuery.shorten(magnet);
    }

    private static List<String> lines(String text) {
        return Optional.ofNullable(text)
                .map(t -> t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
                .orElse(List.of());
    }

    private static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
