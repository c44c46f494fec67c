/** One torrent (target/{target}/torrent/{hash}): its page and drawer, the file tree, downloads with byte ranges, trackers and live data. */
package io.pyrotorrent.adapter.web.torrent;
