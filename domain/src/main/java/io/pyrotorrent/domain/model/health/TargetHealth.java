package io.pyrotorrent.domain.model.health;

import io.pyrotorrent.domain.model.TargetName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one instance answers now, what it runs, how pyroTorrent speaks to it ({@code rpc}:
 * xmlrpc or jsonrpc, once known), and the last error it gave (if any).
 */
public record TargetHealth(
        TargetName target,
        boolean reachable,
        Optional<String> clientVersion,
        Optional<String> libraryVersion,
        Optional<String> rpc,
        Optional<String> lastError,
        Optional<Instant> lastErrorAt) {

    public TargetHealth {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(clientVersion, "clientVersion");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(rpc, "rpc");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(lastErrorAt, "lastErrorAt");
    }
}
