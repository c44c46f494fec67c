package io.pyrotorrent.domain.create;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.create.CreatedTorrent;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.job.JobItem;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Adds a new torrent where its data already lies: loaded started, with d.directory the source's
 * parent, so rTorrent finds the files under the torrent's name, checks them (it has no resume data
 * for a torrent it never saw) and seeds. Waits until rTorrent says complete, within a deadline that
 * grows with the size (rTorrent checks at roughly disk speed).
 */
final class Seeding {

    private static final Duration BASE_WAIT = Duration.ofSeconds(30);
    private static final long CHECK_BYTES_PER_SECOND = 20L * 1024 * 1024;
    private static final long POLL_MILLIS = 250;

    private final TorrentClient client;

    Seeding(TorrentClient client) {
        this.client = client;
    }

    JobItem add(CreatedTorrent torrent, String source, long bytes) {
        String trimmed = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        String parent = trimmed.substring(0, Math.max(1, trimmed.lastIndexOf('/')));
        try {
            var add = new Command.AddTorrent(
                    new TorrentSource.FileBytes(torrent.bytes()),
                    true,
                    Label.NONE,
                    Optional.of(DownloadDirectory.of(parent)));
            if (client.send(Request.of(add)).outcomes().get(0) instanceof Outcome.Failure<?> failure) {
                return new JobItem(
                        torrent.name(), false, "not added: " + failure.failure().message());
            }
            Instant deadline = Instant.now().plus(BASE_WAIT).plusSeconds(bytes / CHECK_BYTES_PER_SECOND);
            while (Instant.now().isBefore(deadline)) {
                var answer = client.send(Request.of(
                                TorrentQuery.of(torrent.hash(), TorrentFields.COMPLETE, TorrentFields.STATE)))
                        .outcomes()
                        .get(0);
                if (answer instanceof Outcome.Success<?> success
                        && success.value() instanceof Row row
                        && row.get(TorrentFields.COMPLETE)
                        && row.get(TorrentFields.STATE)) {
                    return new JobItem(torrent.name(), true, "added; complete and seeding");
                }
                Thread.sleep(POLL_MILLIS);
            }
            return new JobItem(
                    torrent.name(),
                    false,
                    "added, but rTorrent has not found it complete yet: " + "are the files where the torrent says ("
                            + parent + ")?");
        } catch (IllegalArgumentException | TorrentClientException e) {
            return new JobItem(torrent.name(), false, "not added: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new JobItem(torrent.name(), false, "added; stopped waiting for it to be complete");
        }
    }
}
