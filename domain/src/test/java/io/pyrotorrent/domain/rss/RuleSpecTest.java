package io.pyrotorrent.domain.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RuleSpecTest {

    static RuleSpec rule(String include, String exclude, OptionalLong min, OptionalLong max, boolean perEpisode) {
        return new RuleSpec("r", include, exclude, min, max, Label.NONE, Optional.empty(), true, perEpisode);
    }

    @Test
    void aBadRegex_isRefused_namingTheField() {
        assertThatThrownBy(() -> rule("(unclosed", "", OptionalLong.empty(), OptionalLong.empty(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("include: not a regular expression");
        assertThatThrownBy(() -> rule("", "[z-a]", OptionalLong.empty(), OptionalLong.empty(), false))
                .hasMessageStartingWith("exclude: not a regular expression");
    }

    @Test
    void aMinimumAboveTheMaximum_isRefused_asARuleThatCouldNeverMatch() {
        assertThatThrownBy(() -> rule("", "", OptionalLong.of(10), OptionalLong.of(5), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size: the minimum (10 bytes) is above the maximum (5 bytes)");
    }

    @Test
    void aFeed_mustBeHttp_andCheckedAtMostEveryFiveMinutes() {
        assertThatThrownBy(() -> FeedSpec.parse("f", "file:///etc/passwd", "15"))
                .hasMessageStartingWith("url: expected an http or https URL");
        assertThatThrownBy(() -> FeedSpec.parse("f", "http://x.example/rss", "4"))
                .hasMessage("interval: expected between 5 and 1440 minutes, got 4 minutes");
        assertThat(FeedSpec.parse("f", "http://x.example/rss", "").interval()).isEqualTo(FeedSpec.DEFAULT_INTERVAL);
    }
}
