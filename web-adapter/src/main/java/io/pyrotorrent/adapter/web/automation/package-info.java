/** The pages under automation: seeding rules, the bandwidth schedule, watch folders, webhooks and RSS feeds. */
package io.pyrotorrent.adapter.web.automation;
