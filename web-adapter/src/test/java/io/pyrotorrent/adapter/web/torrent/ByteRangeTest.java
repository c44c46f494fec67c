package io.pyrotorrent.adapter.web.torrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteRangeTest {

    @ParameterizedTest(name = "{0} of 1000 bytes -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bytes=0-99       | bytes 0-99/1000",
                "bytes=500-       | bytes 500-999/1000",
                "bytes=-100       | bytes 900-999/1000",
                "bytes=-5000      | bytes 0-999/1000",
                "bytes=990-5000   | bytes 990-999/1000",
            })
    void aSatisfiableRangeIsThosePartsBytes(String header, String contentRange) {
        var wanted = ByteRange.parse(Optional.of(header), 1000);

        assertThat(wanted)
                .isInstanceOfSatisfying(
                        ByteRange.Part.class,
                        part -> assertThat(part.range().contentRange(1000)).isEqualTo(contentRange));
    }

    @ParameterizedTest(name = "{0} of 1000 bytes is unsatisfiable")
    @CsvSource({"bytes=1000-", "bytes=1000-1001", "bytes=-0"})
    void aRangeOutsideTheFileIsUnsatisfiable(String header) {
        assertThat(ByteRange.parse(Optional.of(header), 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }

    @ParameterizedTest(name = "\"{0}\" is ignored: the whole file")
    @CsvSource({"bytes=5-1", "'bytes=0-1,5-6'", "items=0-1", "bytes=-", "bytes=abc", "bytes=99999999999999999999-"})
    void anythingElseIsIgnoredAndTheWholeFileSent(String header) {
        assertThat(ByteRange.parse(Optional.of(header), 1000)).isInstanceOf(ByteRange.Whole.class);
    }

    @Test
    void noHeaderIsTheWholeFile() {
        assertThat(ByteRange.parse(Optional.empty(), 1000)).isInstanceOf(ByteRange.Whole.class);
    }
}
