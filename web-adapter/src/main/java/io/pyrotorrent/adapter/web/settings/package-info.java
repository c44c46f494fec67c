/** How an instance is set: its client settings, global rate limits, throttle groups and label names; and a file's priority. */
package io.pyrotorrent.adapter.web.settings;
