package io.pyrotorrent.domain.model.listing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The sidebar's tracker filter: the registrable part of a tracker's host ({@code tracker.example.org}
 * and {@code t2.example.org} are both {@code example.org}), the way people name a tracker. IP
 * addresses stay whole. Without the public-suffix list (the core is JDK only) a country's generic
 * second level ({@code co.uk}, {@code com.au}, {@code ne.jp}: {@link #SECOND_LEVEL} under a
 * two-letter top level) keeps three labels; any other host keeps its last two.
 */
public record TrackerDomain(String value) {

    public static final int MAX_LENGTH = 253;
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9.:_-]*[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Set<String> SECOND_LEVEL =
            Set.of("co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "me");
    /**
     * URL to domain, because a 20,000-torrent view holds a few dozen distinct URLs: counting the
     * sidebar then parses each URL once, not once per torrent and page. Cleared when it grows past
     * {@link #CACHE_LIMIT}, so odd URLs cannot fill the heap.
     */
    private static final Map<String, Optional<TrackerDomain>> CACHE = new ConcurrentHashMap<>();

    private static final int CACHE_LIMIT = 10_000;

    public TrackerDomain {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()
                || value.length() > MAX_LENGTH
                || !HOST.matcher(value).matches()) {
            throw new IllegalArgumentException("a tracker domain is a host name such as example.org, not '"
                    + (value.length() > 60 ? value.substring(0, 57) + "..." : value) + "'");
        }
    }

    public static TrackerDomain of(String value) {
        return new TrackerDomain(value);
    }

    /** The domain of one announce URL; empty for what has no host (rTorrent's {@code dht://}). */
    public static Optional<TrackerDomain> ofUrl(String url) {
        Optional<TrackerDomain> known = CACHE.get(url);
        if (known != null) {
            return known;
        }
        Optional<TrackerDomain> domain = parse(url);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(url, domain);
        return domain;
    }

    /** Each domain a torrent's trackers name, once, in tracker order. */
    public static Set<TrackerDomain> ofUrls(List<String> urls) {
        if (urls.size() == 1) {
            return ofUrl(urls.get(0)).map(Set::of).orElse(Set.of());
        }
        var domains = new LinkedHashSet<TrackerDomain>();
        urls.forEach(url -> ofUrl(url).ifPresent(domains::add));
        return domains;
    }

    private static Optional<TrackerDomain> parse(String url) {
        String host;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("[") || IPV4.matcher(host).matches()) {
            return valid(host.replace("[", "").replace("]", ""));
        }
        String[] labels = host.split("\\.");
        int keep = 2;
        if (labels.length >= 3
                && labels[labels.length - 1].length() == 2
                && SECOND_LEVEL.contains(labels[labels.length - 2])) {
            keep = 3;
        }
        int from = Math.max(0, labels.length - keep);
        return valid(String.join(".", Arrays.copyOfRange(labels, from, labels.length)));
    }

    private static Optional<TrackerDomain> valid(String host) {
        try {
            return Optional.of(new TrackerDomain(host));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
