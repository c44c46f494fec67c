package io.pyrotorrent.domain.fake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** rTorrent's built-in views, with the filters 0.9.8 was measured to apply. */
final class FakeViews {

    static final List<String> NAMES = List.of(
            "main",
            "default",
            "name",
            "active",
            "started",
            "stopped",
            "complete",
            "incomplete",
            "hashing",
            "seeding",
            "leeching");

    private static final Map<String, Predicate<FakeTorrent>> FILTERS = Map.ofEntries(
            Map.entry("main", t -> true),
            Map.entry("default", t -> true),
            Map.entry("name", t -> true),
            Map.entry("active", t -> t.active),
            Map.entry("started", t -> t.state),
            Map.entry("stopped", t -> !t.state),
            Map.entry("complete", t -> t.complete),
            Map.entry("incomplete", t -> !t.complete),
            Map.entry("hashing", t -> t.hashing),
            Map.entry("seeding", t -> t.state && t.complete),
            Map.entry("leeching", t -> t.state && !t.complete));

    static Optional<Predicate<FakeTorrent>> filter(String view) {
        return Optional.ofNullable(FILTERS.get(view));
    }

    private FakeViews() {}
}
