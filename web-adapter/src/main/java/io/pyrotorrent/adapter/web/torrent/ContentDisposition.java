package io.pyrotorrent.adapter.web.torrent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a download. A torrent's file names come from strangers, so the
 * plain {@code filename} keeps only safe ASCII (no quotes, slashes or line breaks that could
 * break the header or pick a directory); {@code filename*} (RFC 6266) carries the real name.
 */
final class ContentDisposition {

    private ContentDisposition() {}

    static String attachment(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        var ascii = new StringBuilder();
        for (char c : base.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && "\"\\/;%".indexOf(c) < 0 ? c : '_');
        }
        String safe = ascii.toString().strip();
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.')) {
            safe = "download";
        }
        String encoded = URLEncoder.encode(base, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
        return "attachment; filename=\"" + safe + "\"; filename*=UTF-8''" + encoded;
    }
}
