package io.pyrotorrent.adapter.api.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.TestApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads server-sent events off a response's lines, each read bounded by a deadline. */
final class SseReader implements AutoCloseable {

    record Event(String name, JsonNode data) {}

    private final Stream<String> lines;
    private final Iterator<String> iterator;

    SseReader(Stream<String> lines) {
        this.lines = lines;
        this.iterator = lines.iterator();
    }

    /** The next event; comments (keep-alives) are skipped. */
    Event next() {
        return CompletableFuture.supplyAsync(this::read)
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
    }

    Event nextNamed(String name) {
        Event event = next();
        while (!event.name().equals(name)) {
            event = next();
        }
        return event;
    }

    private Event read() {
        String name = "message";
        var data = new StringBuilder();
        while (iterator.hasNext()) {
            String line = iterator.next();
            if (line.isEmpty() && data.length() > 0) {
                try {
                    return new Event(name, TestApi.JSON.readTree(data.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (line.startsWith("event: ")) {
                name = line.substring("event: ".length());
            } else if (line.startsWith("data: ")) {
                data.append(line.substring("data: ".length()));
            }
        }
        throw new AssertionError("the stream ended");
    }

    @Override
    public void close() {
        lines.close();
    }
}
