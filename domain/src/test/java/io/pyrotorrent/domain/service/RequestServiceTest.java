package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TargetAnswer;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestServiceTest {

    private static final TargetName LIVE = TargetName.of("live");
    private static final TargetName DEAD = TargetName.of("dead");
    private static final TargetName NOWHERE = TargetName.of("nowhere");
    private static final Request NAMES =
            new Request(List.of(TorrentListQuery.of(ViewName.MAIN, List.of(TorrentFields.NAME))));

    @Test
    void aBatch_answersEveryTargetInOrder_andOneTargetsFailureIsOnlyItsOwn() {
        var dead = new InMemoryTorrentClient();
        dead.failWith(new ClientFailure.Unreachable("connection refused"));
        var clients = new LinkedHashMap<TargetName, TorrentClient>();
        clients.put(LIVE, new InMemoryTorrentClient());
        clients.put(DEAD, dead);
        var requests = new LinkedHashMap<TargetName, Request>();
        requests.put(DEAD, NAMES);
        requests.put(NOWHERE, NAMES);
        requests.put(LIVE, NAMES);

        var answers = new RequestService(new Targets(clients), Runnable::run).sendAll(Principal.LOCAL, requests);

        assertThat(answers.keySet()).containsExactly(DEAD, NOWHERE, LIVE);
        assertThat(answers.get(LIVE)).isInstanceOf(TargetAnswer.Answered.class);
        assertThat(((TargetAnswer.Failed) answers.get(DEAD)).failure()).isInstanceOf(TorrentClientException.class);
        assertThat(((TargetAnswer.Failed) answers.get(NOWHERE)).failure()).isInstanceOf(UnknownTargetException.class);
    }
}
