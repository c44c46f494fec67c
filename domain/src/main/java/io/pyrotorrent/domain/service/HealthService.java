package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.health.TargetHealth;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.port.in.CheckHealth;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/** Probes each instance with one tiny request, in parallel, and remembers each one's last error. */
public final class HealthService implements CheckHealth {

    private record Failure(String message, Instant at) {}

    private final Access access;
    private final Executor executor;
    private final Clock clock;
    private final Map<TargetName, Failure> lastErrors = new ConcurrentHashMap<>();

    public HealthService(Targets targets, Executor executor, Clock clock) {
        this.access = new Access(targets);
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public List<TargetHealth> health(Principal caller) {
        return EveryTarget.ask(access.visible(caller), executor, name -> probe(caller, name));
    }

    private TargetHealth probe(Principal caller, TargetName name) {
        var request = Request.builder();
        var versions = request.add(ClientQuery.of(ClientFields.CLIENT_VERSION, ClientFields.LIBRARY_VERSION));
        var client = access.client(caller, name);
        try {
            var row = client.send(request.build()).get(versions);
            return health(
                    name,
                    true,
                    Optional.of(row.get(ClientFields.CLIENT_VERSION)),
                    Optional.of(row.get(ClientFields.LIBRARY_VERSION)),
                    client.rpc());
        } catch (TorrentClientException e) {
            lastErrors.put(name, new Failure(e.failure().message(), clock.instant()));
            return health(name, false, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private TargetHealth health(
            TargetName name,
            boolean reachable,
            Optional<String> client,
            Optional<String> library,
            Optional<String> rpc) {
        Optional<Failure> last = Optional.ofNullable(lastErrors.get(name));
        return new TargetHealth(
                name, reachable, client, library, rpc, last.map(Failure::message), last.map(Failure::at));
    }
}
