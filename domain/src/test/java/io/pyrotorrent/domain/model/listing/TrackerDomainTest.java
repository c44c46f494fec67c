package io.pyrotorrent.domain.model.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrackerDomainTest {

    @Test
    @DisplayName("a tracker's host counts under its registrable domain: the last two labels")
    void theRegistrablePartOfTheHost() {
        assertThat(TrackerDomain.ofUrl("http://tracker.example.org/announce"))
                .contains(TrackerDomain.of("example.org"));
        assertThat(TrackerDomain.ofUrl("https://a.b.Example.ORG:8443/x?passkey=1"))
                .contains(TrackerDomain.of("example.org"));
        assertThat(TrackerDomain.ofUrl("udp://open.tracker.net:1337")).contains(TrackerDomain.of("tracker.net"));
        assertThat(TrackerDomain.ofUrl("http://example.org/announce")).contains(TrackerDomain.of("example.org"));
    }

    @Test
    @DisplayName("a country's generic second level keeps three labels; addresses stay whole")
    void countrySecondLevels_andAddresses() {
        assertThat(TrackerDomain.ofUrl("http://tracker.site.co.uk/a")).contains(TrackerDomain.of("site.co.uk"));
        assertThat(TrackerDomain.ofUrl("http://t.site.com.au/a")).contains(TrackerDomain.of("site.com.au"));
        assertThat(TrackerDomain.ofUrl("http://127.0.0.1:1/announce")).contains(TrackerDomain.of("127.0.0.1"));
        assertThat(TrackerDomain.ofUrl("http://[2001:db8::1]:80/announce")).contains(TrackerDomain.of("2001:db8::1"));
    }

    @Test
    @DisplayName("what has no host (rTorrent's dht:// pseudo-tracker, garbage) names no domain")
    void noHost_noDomain() {
        assertThat(TrackerDomain.ofUrl("dht://")).isEmpty();
        assertThat(TrackerDomain.ofUrl("not a url")).isEmpty();
        assertThat(TrackerDomain.ofUrl("")).isEmpty();
    }

    @Test
    @DisplayName("a torrent's trackers give each domain once, in tracker order")
    void eachDomainOnce() {
        assertThat(TrackerDomain.ofUrls(List.of(
                        "http://t1.example.org/a", "dht://", "http://t.other.net/b", "https://t2.example.org/c")))
                .containsExactly(TrackerDomain.of("example.org"), TrackerDomain.of("other.net"));
    }

    @Test
    @DisplayName("a domain from the URL is checked, and a bad one is refused naming what it is")
    void aBadDomain_isRefused() {
        assertThat(TrackerDomain.of(" Example.ORG ").value()).isEqualTo("example.org");
        assertThatThrownBy(() -> TrackerDomain.of("exa mple.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a tracker domain is a host name");
        assertThatThrownBy(() -> TrackerDomain.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Optional.of(TrackerDomain.of("a-b.example"))).isPresent();
    }
}
