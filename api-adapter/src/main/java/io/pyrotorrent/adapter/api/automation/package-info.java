/** The REST API for automation under api/v1/automation: seeding rules, the bandwidth schedule, webhooks. */
package io.pyrotorrent.adapter.api.automation;
