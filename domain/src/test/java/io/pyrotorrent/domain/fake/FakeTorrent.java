package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One torrent inside the fake, with the state flags rTorrent 0.9.8 keeps (measured, see RTORRENT.md). */
public final class FakeTorrent {

    /** One file: its path, size and priority. */
    public static final class File {
        final List<String> path;
        final long size;
        final long chunks;
        FilePriority priority = FilePriority.NORMAL;

        File(List<String> path, long size, long chunks) {
            this.path = List.copyOf(path);
            this.size = size;
            this.chunks = chunks;
        }
    }

    /** One tracker: its URL and whether rTorrent may announce to it. */
    public static final class Tracker {
        final String url;
        boolean enabled = true;

        Tracker(String url) {
            this.url = url;
        }
    }

    final InfoHash hash;
    String name;
    final long size;
    final long pieceLength;
    final List<File> files = new ArrayList<>();
    final List<Tracker> trackers = new ArrayList<>();
    /** Forced announces asked for (d.tracker_announce.force). */
    int announces;

    String directory;
    boolean state;
    boolean open;
    boolean active;
    boolean complete;
    boolean hashChecked;
    boolean hashing;
    String message = "";
    Label label = Label.NONE;
    String throttle = "";
    TorrentPriority priority = TorrentPriority.NORMAL;
    Optional<Instant> started = Optional.empty();
    Optional<Instant> finished = Optional.empty();
    long upRate;
    long downRate;
    long upTotal;
    long downTotal;
    long peersConnected;
    long peersComplete;
    /** d.load_date: when this fake loaded it, in seconds of its clock (the wall clock, as system.time). */
    final long loaded = Instant.now().getEpochSecond();

    FakeTorrent(InfoHash hash, String name, long size, long pieceLength, String directory) {
        this.hash = hash;
        this.name = name;
        this.size = size;
        this.pieceLength = Math.max(1, pieceLength);
        this.directory = directory;
    }

    static FakeTorrent of(Metainfo metainfo, String directory) {
        var torrent = new FakeTorrent(
                metainfo.hash(), metainfo.name(), metainfo.totalLength(), metainfo.pieceLength(), directory);
        for (Metainfo.FileEntry file : metainfo.files()) {
            torrent.files.add(new File(
                    file.path(), file.length(), (file.length() + torrent.pieceLength - 1) / torrent.pieceLength));
        }
        metainfo.trackers().forEach(url -> torrent.trackers.add(new Tracker(url)));
        return torrent;
    }

    long completedBytes() {
        return complete ? size : 0;
    }

    long chunks() {
        return (size + pieceLength - 1) / pieceLength;
    }

    /** Like rTorrent: a torrent is one file only when its single file carries the torrent's name. */
    boolean multiFile() {
        return files.size() != 1 || !files.get(0).path.equals(List.of(name));
    }

    String basePath() {
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }

    /** d.directory as rTorrent reports it: for several files, the torrent's own folder. */
    public FakeTorrent directory(String directory) {
        this.directory = directory;
        return this;
    }

    /** For tests above the port: make this torrent look finished, seeding or transferring. */
    public FakeTorrent complete(boolean complete) {
        this.complete = complete;
        this.finished = complete ? Optional.of(Instant.now()) : Optional.empty();
        return this;
    }

    /**
     * rTorrent checks a download's data when it finishes (pieces.hash.on_completion), rates at 0. As
     * 0.9.8 does (measured with d.check_hash): the check closes the torrent, so it leaves the active
     * view, and at its end a started one is resumed, even one paused before.
     */
    public FakeTorrent hashing(boolean hashing) {
        this.hashing = hashing;
        this.active = !hashing && state;
        return this;
    }

    public FakeTorrent rates(long up, long down) {
        this.upRate = up;
        this.downRate = down;
        return this;
    }

    /** rTorrent renames a magnet's torrent once its metadata arrives; other clients may too. */
    public FakeTorrent rename(String name) {
        this.name = name;
        return this;
    }

    public FakeTorrent totals(long up, long down) {
        this.upTotal = up;
        this.downTotal = down;
        return this;
    }

    public FakeTorrent peers(long connected, long complete) {
        this.peersConnected = connected;
        this.peersComplete = complete;
        return this;
    }

    public FakeTorrent message(String message) {
        this.message = message;
        return this;
    }

    public FakeTorrent label(Label label) {
        this.label = label;
        return this;
    }

    /** d.throttle_name: "" for none. */
    public String throttle() {
        return throttle;
    }

    public FakeTorrent throttle(String group) {
        this.throttle = group;
        return this;
    }

    public Label label() {
        return label;
    }

    /** rTorrent's d.state: 1 started, 0 stopped. */
    /** d.is_active: started and not paused. */
    public boolean active() {
        return active;
    }

    public boolean started() {
        return state;
    }

    public InfoHash hash() {
        return hash;
    }

    public int announces() {
        return announces;
    }
}
