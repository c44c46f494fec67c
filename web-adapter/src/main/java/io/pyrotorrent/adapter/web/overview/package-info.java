/**
 * The list of torrents (/ and view/{view}): its query, sections, sidebar, columns, rows and add
 * dialog, and the live data and slices its script asks for.
 */
package io.pyrotorrent.adapter.web.overview;
