package io.pyrotorrent.domain.model.rss;

import java.util.Optional;

/** What one check of one feed did. */
public record CheckReport(long feedId, int items, int added, int skipped, int failed, Optional<String> error) {}
