package io.pyrotorrent.it.rtorrent;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.it.support.RtorrentContainer;
import io.pyrotorrent.it.support.ScgiProbe;
import java.io.IOException;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What rTorrent's throttle groups really do, asked with raw XML-RPC (not the adapter) of 0.9.8 and
 * 0.16, for the throttle-group feature to build on:
 *
 * <ul>
 *   <li>{@code d.throttle_name.set} is refused on an ACTIVE torrent (fault -503 "Cannot set throttle
 *       on active download.") and taken on a paused (started, inactive), stopped or closed one. So a
 *       started torrent is paused, given its group and resumed, which works in one system.multicall
 *       and leaves it active in the group; nothing needs stopping or closing.
 *   <li>{@code throttle.up} / {@code throttle.down} ("", NAME, "KiB") define or change a group; the
 *       rate is a string. {@code throttle.up.max} / {@code .down.max} ("", NAME) read its limit in
 *       bytes/s: -1 for a group (direction) never defined, and 0 while the GLOBAL limit of that
 *       direction is unlimited: a group is a slave of the global throttle and limits nothing
 *       without one. "" and "NULL" are refused as names; rTorrent takes any other string, spaces
 *       and commas included, so pyroTorrent must restrict names itself.
 *   <li>{@code d.throttle_name.set} (HASH, "") takes a torrent out of its group.
 *   <li>There is no command that lists the groups: whoever defines them must remember them.
 * </ul>
 */
@Timeout(180)
class ThrottleGroupFactsIT {

    private static final Pattern STRING = Pattern.compile("<string>([^<]*)</string>");
    private static final Pattern NUMBER = Pattern.compile("<(?:i4|i8|int)>(-?\\d+)</(?:i4|i8|int)>");

    @ParameterizedTest
    @ValueSource(strings = {RtorrentContainer.IMAGE, RtorrentContainer.IMAGE_0_16})
    void throttleGroups_asRtorrentHasThem(String image) throws IOException {
        var container = RtorrentContainer.tcp(image);
        container.start();
        try {
            var client = RtorrentClient.connect(container.scgiTcpUrl(), TransportSettings.defaults());
            SocketAddress rpc = container.scgiAddress();
            Map<String, TestTorrent> torrents = Map.of(
                    "started", TestTorrent.unique("thr-started"),
                    "paused", TestTorrent.unique("thr-paused"),
                    "stopped", TestTorrent.unique("thr-stopped"),
                    "closed", TestTorrent.unique("thr-closed"));
            var load = Request.builder();
            torrents.forEach((state, t) -> load.add(Command.AddTorrent.of(t.source(), !state.equals("closed"))));
            client.send(load.build());
            awaitLoaded(client, torrents.size());
            client.send(Request.of(new Command.Pause(torrents.get("paused").hash())));
            client.send(Request.of(new Command.Stop(torrents.get("stopped").hash())));
            assertThat(call(rpc, "throttle.up", "", "grp", "50")).doesNotContain("fault");
            assertThat(call(rpc, "throttle.down", "", "grp", "70")).doesNotContain("fault");

            Map<String, String> answers = torrents.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> {
                        String hash = e.getValue().hash().hex();
                        return call(rpc, "d.throttle_name.set", hash, "grp") + " -> "
                                + firstString(call(rpc, "d.throttle_name", hash));
                    }));

            assertThat(answers.get("started"))
                    .contains("Cannot set throttle on active download")
                    .endsWith("-> ");
            assertThat(answers.get("paused")).endsWith("-> grp");
            assertThat(answers.get("stopped")).endsWith("-> grp");
            assertThat(answers.get("closed")).endsWith("-> grp");

            String started = torrents.get("started").hash().hex();
            String flow = multicall(
                    rpc,
                    List.of(
                            List.of("d.pause", started),
                            List.of("d.throttle_name.set", started, "grp"),
                            List.of("d.resume", started),
                            List.of("d.throttle_name", started),
                            List.of("d.is_active", started),
                            List.of("d.state", started)));
            assertThat(flow).doesNotContain("faultCode");
            assertThat(firstString(flow)).isEqualTo("grp");
            assertThat(numbers(flow)).endsWith(1L, 1L);

            String closed = torrents.get("closed").hash().hex();
            assertThat(call(rpc, "d.throttle_name.set", closed, "")).doesNotContain("fault");
            assertThat(firstString(call(rpc, "d.throttle_name", closed))).isEmpty();

            assertThat(number(call(rpc, "throttle.up.max", "", "grp"))).isZero();
            assertThat(number(call(rpc, "throttle.up.max", "", "never-defined")))
                    .isEqualTo(-1);
            assertThat(call(rpc, "throttle.global_up.max_rate.set", "", "1048576"))
                    .doesNotContain("fault");
            assertThat(call(rpc, "throttle.global_down.max_rate.set", "", "1048576"))
                    .doesNotContain("fault");
            assertThat(number(call(rpc, "throttle.up.max", "", "grp"))).isEqualTo(50 * 1024);
            assertThat(number(call(rpc, "throttle.down.max", "", "grp"))).isEqualTo(70 * 1024);
            assertThat(call(rpc, "throttle.up", "", "grp", "80")).doesNotContain("fault");
            assertThat(number(call(rpc, "throttle.up.max", "", "grp"))).isEqualTo(80 * 1024);
            assertThat(call(rpc, "throttle.up", "", "a b,c", "10")).doesNotContain("fault");
            assertThat(call(rpc, "throttle.up", "", "NULL", "10")).contains("Invalid throttle name");
            assertThat(call(rpc, "throttle.up", "", "grp", "-5")).contains("Throttle rate must be non-negative");
        } finally {
            container.stop();
        }
    }

    /** Loads are queued: they show on rTorrent's next loop turn. */
    private static void awaitLoaded(RtorrentClient client, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var request = Request.builder();
            var rows = request.add(TorrentListQuery.of(ViewName.MAIN, List.of(TorrentFields.HASH)));
            if (client.send(request.build()).get(rows).size() >= count) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("rTorrent loads the torrents in 30 s")
                    .isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(
                    Duration.ofMillis(50).toNanos());
        }
    }

    private static String call(SocketAddress rpc, String method, String... params) {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><methodCall><methodName>")
                .append(method)
                .append("</methodName><params>");
        for (String param : params) {
            xml.append("<param><value><string>").append(param).append("</string></value></param>");
        }
        return send(rpc, xml.append("</params></methodCall>").toString());
    }

    private static String multicall(SocketAddress rpc, List<List<String>> calls) {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><methodCall><methodName>system.multicall</methodName>"
                + "<params><param><value><array><data>");
        for (List<String> call : calls) {
            xml.append("<value><struct><member><name>methodName</name><value><string>")
                    .append(call.get(0))
                    .append("</string></value></member><member><name>params</name><value><array><data>");
            call.subList(1, call.size())
                    .forEach(p -> xml.append("<value><string>").append(p).append("</string></value>"));
            xml.append("</data></array></value></member></struct></value>");
        }
        return send(
                rpc,
                xml.append("</data></array></value></param></params></methodCall>")
                        .toString());
    }

    private static String send(SocketAddress rpc, String xml) {
        try {
            return ScgiProbe.call(rpc, xml, Duration.ofSeconds(10)).replace("faultString", "fault faultString");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String firstString(String xml) {
        Matcher m = STRING.matcher(xml);
        return m.find() ? m.group(1) : "";
    }

    private static long number(String xml) {
        List<Long> all = numbers(xml);
        assertThat(all).as(xml).isNotEmpty();
        return all.get(0);
    }

    private static List<Long> numbers(String xml) {
        return NUMBER.matcher(xml)
                .results()
                .map(r -> Long.parseLong(r.group(1)))
                .toList();
    }
}
