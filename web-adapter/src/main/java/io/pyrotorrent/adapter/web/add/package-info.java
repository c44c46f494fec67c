/** Adding torrents to an instance (target/{target}/add_torrent): uploaded .torrent files, URLs and magnet links. */
package io.pyrotorrent.adapter.web.add;
