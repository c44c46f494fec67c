/** Long work over the REST API: moving data, creating torrents, and following any job (removals too). */
package io.pyrotorrent.adapter.api.jobs;
