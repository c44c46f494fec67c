package io.pyrotorrent.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.domain.fake.BencodeWriter;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.it.support.RtorrentContainer;
import io.pyrotorrent.it.support.ScgiProbe;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.testcontainers.images.builder.Transferable;

/**
 * Real transfers without a network: a second rTorrent in the measured rTorrent's own container
 * seeds {@link #COUNT} torrents of zeros (sparse files, so it checks them in seconds) and the
 * measured one downloads them from 127.0.0.1:50001, the container's loopback. No tracker: DHT is
 * off, and the measured rTorrent is told the seeder's address with rTorrent's own {@code add_peer}
 * command. The seeder's upload is capped at {@link #UPLOAD_KIB_PER_S} KiB/s in total, so the 200
 * torrents keep transferring for the whole run (about 50 minutes for all of them; with 8 MiB each
 * they ended about 25 minutes in, inside the last CPU window of a 20,000 run) and the disk fills by
 * at most ~3.2 GB.
 */
final class Seeding {

    static final int COUNT = 200;
    static final long FILE_BYTES = 16L << 20;
    static final long PIECE = 256L << 10;
    static final int UPLOAD_KIB_PER_S = 1024;

    private Seeding() {}

    record Seed(String name, byte[] bytes, InfoHash hash) {}

    /** 200 torrents of zero-filled files: every piece has the same SHA-1, which rTorrent does not mind. */
    static List<Seed> seeds() throws Exception {
        byte[] zeroPieceHash = MessageDigest.getInstance("SHA-1").digest(new byte[(int) PIECE]);
        int pieces = (int) (FILE_BYTES / PIECE);
        byte[] hashes = new byte[20 * pieces];
        for (int p = 0; p < pieces; p++) {
            System.arraycopy(zeroPieceHash, 0, hashes, 20 * p, 20);
        }
        var seeds = new ArrayList<Seed>();
        for (int i = 0; i < COUNT; i++) {
            var info = new LinkedHashMap<String, Object>();
            info.put("name", "seed-" + i + ".bin");
            info.put("piece length", PIECE);
            info.put("length", FILE_BYTES);
            info.put("pieces", hashes);
            byte[] bytes = BencodeWriter.encode(Map.of("announce", "http://127.0.0.1:1/announce", "info", info));
            seeds.add(
                    new Seed("seed-" + i + ".bin", bytes, Metainfo.parse(bytes).hash()));
        }
        return seeds;
    }

    /** Before the container starts: the seeder's rc file and its torrents. */
    static void prepare(RtorrentContainer rtorrent, List<Seed> seeds) {
        rtorrent.withCopyToContainer(Transferable.of(seederRc()), "/rt/seeder.rc");
        for (int i = 0; i < seeds.size(); i++) {
            rtorrent.withCopyToContainer(
                    Transferable.of(seeds.get(i).bytes()), "/rt/seedtorrents/seed-" + i + ".torrent");
        }
    }

    private static String seederRc() {
        return """
                system.daemon.set = true
                directory.default.set = /rt/seeddata
                session.path.set = /rt/seedsession
                network.bind_address.set = 127.0.0.1
                network.port_range.set = 50001-50001
                network.port_random.set = no
                dht.mode.set = disable
                protocol.pex.set = no
                trackers.use_udp.set = no
                network.scgi.open_local = /rt/seeder.sock
                throttle.global_up.max_rate.set_kb = %d
                load.start = /rt/seedtorrents/*.torrent
                """.formatted(UPLOAD_KIB_PER_S);
    }

    /**
     * After the measured rTorrent holds its paused torrents: start the seeder, add the 200 torrents
     * started into /rt/leech, point each at the seeder, and wait until data flows.
     */
    static String start(RtorrentContainer rtorrent, List<Seed> seeds, Map<String, String> notes) throws Exception {
        long started = System.nanoTime();
        var exec = rtorrent.execInContainer(
                "sh",
                "-c",
                "mkdir -p /rt/seeddata /rt/seedsession /rt/leech && cd /rt/seeddata && i=0;"
                        + " while [ $i -lt " + COUNT + " ]; do truncate -s " + FILE_BYTES
                        + " seed-$i.bin; i=$((i+1)); done;"
                        + " setsid rtorrent -n -o import=/rt/seeder.rc </dev/null >/rt/seeder.log 2>&1 &"
                        + " sleep 1; cat /rt/seeder.log");
        assertThat(exec.getExitCode())
                .as("seeder start: " + exec.getStdout() + exec.getStderr())
                .isZero();
        var client = RtorrentClient.connect(rtorrent.scgiTcpUrl(), BenchRtorrent.settings());
        var request = Request.builder();
        for (Seed seed : seeds) {
            request.add(new Command.AddTorrent(
                    new TorrentSource.FileBytes(seed.bytes()),
                    true,
                    Label.NONE,
                    Optional.of(DownloadDirectory.of("/rt/leech"))));
        }
        assertThat(client.send(request.build()).outcomes()).allMatch(Outcome.Success.class::isInstance);
        // Loads are queued: add_peer may only name torrents rTorrent already holds.
        var calls = new StringBuilder();
        for (Seed seed : seeds) {
            calls.append("<value><struct><member><name>methodName</name><value><string>add_peer</string></value>"
                            + "</member><member><name>params</name><value><array><data><value><string>")
                    .append(seed.hash().hex())
                    .append("</string></value><value><string>127.0.0.1:50001</string></value></data></array>"
                            + "</value></member></struct></value>");
        }
        String multicall = "<?xml version=\"1.0\"?><methodCall><methodName>system.multicall</methodName><params>"
                + "<param><value><array><data>" + calls + "</data></array></value></param></params></methodCall>";
        Pattern flowing = Pattern.compile("<i8>([1-9][0-9]*)</i8>");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String reply = "";
        String rate = "0";
        while (System.nanoTime() < deadline) {
            reply = ScgiProbe.call(rtorrent.scgiAddress(), multicall, Duration.ofSeconds(30));
            String down = ScgiProbe.call(
                    rtorrent.scgiAddress(), ScgiProbe.xmlCall("throttle.global_down.rate"), Duration.ofSeconds(10));
            var m = flowing.matcher(down);
            if (m.find()) {
                rate = m.group(1);
                break;
            }
            Pacing.sleep(2000);
        }
        assertThat(rate)
                .as("data flows from the seeder; last add_peer reply: "
                        + reply.substring(0, Math.min(400, reply.length())))
                .isNotEqualTo("0");
        String note = String.format(
                java.util.Locale.ROOT,
                "%d torrents of %d MiB, seeder capped at %d KiB/s; data flowing after %.1f s (%s B/s)",
                COUNT,
                FILE_BYTES >> 20,
                UPLOAD_KIB_PER_S,
                (System.nanoTime() - started) / 1e9,
                rate);
        notes.put("transferring torrents", note);
        Pacing.log("seeding: %s", note);
        return note;
    }
}
