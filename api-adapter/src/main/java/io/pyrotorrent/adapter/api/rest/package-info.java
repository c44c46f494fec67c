/** The REST API under api/v1: targets, torrents, their actions, settings and adding, and the OpenAPI document. */
package io.pyrotorrent.adapter.api.rest;
