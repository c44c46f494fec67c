package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.files.FileLookup;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.port.in.DownloadFiles;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.Map;

/**
 * Maps a torrent's files from rTorrent's paths to local ones and serves only what lies inside the
 * torrent's own directory once every symlink is resolved. Never a shell on the rTorrent host.
 */
public final class DownloadService implements DownloadFiles {

    private final Access access;
    private final Map<TargetName, StorageMapping> storage;

    public DownloadService(Targets targets, Map<TargetName, StorageMapping> storage) {
        this.access = new Access(targets);
        this.storage = Map.copyOf(storage);
    }

    @Override
    public FileLookup payload(Principal caller, TargetName target, InfoHash hash, int fileIndex) {
        // The caller's right to the target comes first: "downloads are off" would reveal it exists.
        var client = access.client(caller, target);
        StorageMapping mapping = storage.get(target);
        if (mapping == null) {
            return new FileLookup.NotAvailable("downloads are off: this target has no storage mapping");
        }
        var request = Request.builder();
        var torrent = request.add(TorrentQuery.of(hash, TorrentFields.DIRECTORY));
        var files = request.add(FileListQuery.of(hash, FileFields.PATH));
        Snapshot snapshot = send(client, hash, request.build());
        var paths = snapshot.get(files);
        if (fileIndex < 0 || fileIndex >= paths.size()) {
            return new FileLookup.NotAvailable("this torrent has no file " + fileIndex);
        }
        String directory = snapshot.get(torrent).get(TorrentFields.DIRECTORY);
        return LocalPaths.inside(mapping, directory, paths.get(fileIndex).get(FileFields.PATH));
    }

    @Override
    public FileLookup torrentFile(Principal caller, TargetName target, InfoHash hash) {
        // The caller's right to the target comes first: "downloads are off" would reveal it exists.
        var client = access.client(caller, target);
        StorageMapping mapping = storage.get(target);
        if (mapping == null) {
            return new FileLookup.NotAvailable("downloads are off: this target has no storage mapping");
        }
        var request = Request.builder();
        var torrent = request.add(TorrentQuery.of(hash, TorrentFields.LOADED_FILE, TorrentFields.NAME));
        var session = request.add(ClientQuery.of(ClientFields.SESSION_PATH));
        Snapshot snapshot = send(client, hash, request.build());
        String loaded = snapshot.get(torrent).get(TorrentFields.LOADED_FILE);
        // load.raw leaves d.loaded_file empty; rTorrent then keeps its copy as <session>/<HASH>.torrent.
        String remote = loaded.isEmpty()
                ? snapshot.get(session).get(ClientFields.SESSION_PATH) + "/" + hash.hex() + ".torrent"
                : loaded;
        int slash = remote.lastIndexOf('/');
        FileLookup found =
                LocalPaths.inside(mapping, remote.substring(0, Math.max(1, slash)), remote.substring(slash + 1));
        return found instanceof FileLookup.Found file
                ? new FileLookup.Found(
                        file.path(), snapshot.get(torrent).get(TorrentFields.NAME) + ".torrent", file.size())
                : found;
    }

    private static Snapshot send(TorrentClient client, InfoHash hash, Request request) {
        Snapshot snapshot = client.send(request);
        if (snapshot.outcomes().get(0) instanceof Outcome.Failure<?> failure
                && failure.failure() instanceof ClientFailure.NotFound) {
            throw new UnknownTorrentException(hash);
        }
        return snapshot;
    }
}
