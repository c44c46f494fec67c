package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.health.TargetHealth;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.overview.TargetSection;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TargetAnswer;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pages that ask every instance ask them at the same time, so a page costs the slowest instance,
 * not the sum. Each fake instance answers only once BOTH have been asked: asked one after the
 * other, the first would wait in vain and fail its section.
 */
class ParallelInstancesTest {

    private final CyclicBarrier bothAsked = new CyclicBarrier(2);
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Targets targets = targets();

    private Targets targets() {
        var clients = new LinkedHashMap<TargetName, TorrentClient>();
        clients.put(TargetName.of("one"), answersOnceBothAreAsked(new InMemoryTorrentClient()));
        clients.put(TargetName.of("two"), answersOnceBothAreAsked(new InMemoryTorrentClient()));
        return new Targets(clients);
    }

    private TorrentClient answersOnceBothAreAsked(InMemoryTorrentClient client) {
        return request -> {
            try {
                bothAsked.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other instance was not asked meanwhile", e);
            }
            return client.send(request);
        };
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void theOverview_asksEveryInstanceAtOnce() {
        var overview = new OverviewService(targets, executor)
                .overview(Principal.LOCAL, Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME)));

        assertThat(overview.sections()).allMatch(section -> section instanceof TargetSection.Loaded);
    }

    @Test
    void health_asksEveryInstanceAtOnce() {
        var health = new HealthService(targets, executor, Clock.systemUTC()).health(Principal.LOCAL);

        assertThat(health).extracting(TargetHealth::reachable).containsExactly(true, true);
    }

    @Test
    void aBatchOfRequests_asksEveryInstanceAtOnce() {
        var request = new Request(List.of(TorrentListQuery.of(ViewName.MAIN, List.of(TorrentFields.NAME))));

        var answers = new RequestService(targets, executor)
                .sendAll(Principal.LOCAL, Map.of(TargetName.of("one"), request, TargetName.of("two"), request));

        assertThat(answers.values()).allMatch(answer -> answer instanceof TargetAnswer.Answered);
    }
}
