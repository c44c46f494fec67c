/**
 * What the toolbar and menus do to the selected torrents, or to every torrent a filter matches
 * (target/{target}/action), with their confirmation pages; and the selection's magnet links.
 */
package io.pyrotorrent.adapter.web.actions;
