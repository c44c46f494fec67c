package io.pyrotorrent.adapter.rtorrent.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelCodecTest {

    @Test
    void encodesLikeRuTorrentDoes() {
        assertThat(LabelCodec.encode(Label.of("Linux ISOs, 2026;"))).isEqualTo("Linux%20ISOs%2C%202026%3B");
        assertThat(LabelCodec.encode(Label.of("été"))).isEqualTo("%C3%A9t%C3%A9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tv", "a b,c;d=e\"f'g$(h){i}", "日本語", "100%"})
    void encodedLabels_roundTripAndHoldNoCommandSyntax(String text) {
        String stored = LabelCodec.encode(Label.of(text));

        assertThat(stored).matches("[A-Za-z0-9%._~-]*");
        assertThat(LabelCodec.decode(stored)).isEqualTo(Label.of(text));
    }

    @Test
    void decoding_acceptsWhatOtherToolsWrote() {
        assertThat(LabelCodec.decode("a,b;c")).isEqualTo(Label.of("a,b;c"));
        assertThat(LabelCodec.decode("50%zz")).isEqualTo(Label.of("50%zz"));
        assertThat(LabelCodec.decode("x".repeat(500)).value()).hasSize(Label.MAX_LENGTH);
        assertThat(LabelCodec.decode("a%0Ab")).isEqualTo(Label.of("ab"));
    }

    @Test
    void decoding_keepsCharactersOutsideTheBmp_encodedOrNot() {
        assertThat(LabelCodec.decode("music \uD83C\uDFB5")).isEqualTo(Label.of("music \uD83C\uDFB5"));
        assertThat(LabelCodec.decode("%F0%9F%8E%B5%20and \uD83C\uDFB5"))
                .isEqualTo(Label.of("\uD83C\uDFB5 and \uD83C\uDFB5"));
        assertThat(LabelCodec.decode("")).isEqualTo(Label.NONE);
    }
}
