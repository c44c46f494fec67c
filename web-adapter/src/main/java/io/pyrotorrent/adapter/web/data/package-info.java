/** A torrent's data on the storage: moving it, creating a torrent from it, following either as a job, and removing a torrent with its data. */
package io.pyrotorrent.adapter.web.data;
