/** The event stream under api/v1/targets/{target}/events: the mirror's deltas as server-sent events. */
package io.pyrotorrent.adapter.api.events;
