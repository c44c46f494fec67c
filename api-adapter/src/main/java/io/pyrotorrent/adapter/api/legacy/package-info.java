/** The original pyroTorrent API, kept for existing scripts: POST api with a JSON array of elements, and GET api/attributes. */
package io.pyrotorrent.adapter.api.legacy;
