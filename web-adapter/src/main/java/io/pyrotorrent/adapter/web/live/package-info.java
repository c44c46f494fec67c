/** The page's one event stream (live/events) and the speed graphs' data (live/rates). */
package io.pyrotorrent.adapter.web.live;
