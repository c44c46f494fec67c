package io.pyrotorrent.it.automation;

import io.pyrotorrent.domain.fake.BencodeWriter;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A single-file torrent whose piece hash is real, with its data: once the data sits in rTorrent's
 * download directory, rTorrent's hash check finds it complete, so it seeds (TestTorrent's pieces
 * are zeros, so those never complete).
 */
record CompleteTorrent(TestTorrent torrent, byte[] data) {

    static CompleteTorrent unique(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] data = ("data of " + name + "\n").repeat(20).getBytes(StandardCharsets.UTF_8);
        var info = new LinkedHashMap<String, Object>();
        info.put("name", name);
        info.put("piece length", 16384L);
        info.put("length", (long) data.length);
        info.put("pieces", sha1(data));
        byte[] bytes = BencodeWriter.encode(Map.of("announce", TestTorrent.TRACKER, "info", info));
        return new CompleteTorrent(new TestTorrent(name, bytes, Metainfo.parse(bytes)), data);
    }

    String hash() {
        return torrent.hash().hex();
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
