package io.pyrotorrent.domain.rss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EpisodeKeyTest {

    @Test
    void releasesOfTheSameEpisode_shareAKey_inAnyQuality() {
        assertThat(EpisodeKey.of("The.Show.S01E02.720p.WEB")).contains("the show s1e2");
        assertThat(EpisodeKey.of("The Show - s01e02 - 1080p")).contains("the show s1e2");
        assertThat(EpisodeKey.of("The Show 1x02 HDTV")).contains("the show s1e2");
    }

    @Test
    void dailyShows_areKeyedByAirDate() {
        assertThat(EpisodeKey.of("Daily.Show.2024.01.05.WEB")).contains("daily show 2024-01-05");
        assertThat(EpisodeKey.of("Daily Show 2024-01-05 720p")).contains("daily show 2024-01-05");
    }

    @Test
    void otherEpisodes_andTitlesWithoutOne_differ() {
        assertThat(EpisodeKey.of("The.Show.S01E03.720p")).contains("the show s1e3");
        assertThat(EpisodeKey.of("Other.Show.S01E02")).contains("other show s1e2");
        assertThat(EpisodeKey.of("debian-12.5.0-amd64-netinst.iso")).isEmpty();
        assertThat(EpisodeKey.of("Movie 1920x1080")).isEmpty();
    }
}
