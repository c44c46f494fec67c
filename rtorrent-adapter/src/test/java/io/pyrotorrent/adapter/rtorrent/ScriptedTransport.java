package io.pyrotorrent.adapter.rtorrent;

import io.pyrotorrent.adapter.rtorrent.transport.Transport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** A transport that records request bodies and answers from a script, for tests above the wire. */
final class ScriptedTransport implements Transport {

    private static final Pattern CALL = Pattern.compile("<name>methodName</name>");

    final List<String> requests = new ArrayList<>();
    private final Function<String, byte[]> answer;

    ScriptedTransport(Function<String, byte[]> answer) {
        this.answer = answer;
    }

    /** Answers every system.multicall with i4 0 per call, as rTorrent does for commands. */
    static ScriptedTransport acceptingEverything() {
        return new ScriptedTransport(
                request -> zeros(CALL.matcher(request).results().count()));
    }

    static ScriptedTransport answering(byte[] reply) {
        return new ScriptedTransport(request -> reply);
    }

    @Override
    public byte[] exchange(byte[] body, String contentType) {
        String request = new String(body, StandardCharsets.UTF_8);
        requests.add(request);
        return answer.apply(request);
    }

    static byte[] zeros(long calls) {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><methodResponse><params><param><value><array><data>");
        for (long i = 0; i < calls; i++) {
            xml.append("<value><array><data><value><i4>0</i4></value></data></array></value>");
        }
        return xml.append("</data></array></value></param></params></methodResponse>")
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }
}
