package io.pyrotorrent.adapter.rtorrent.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.ClientFailure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each version's and codec's words for "no such torrent/file" are NotFound; other refusals stay Rejected. */
class RtorrentFaultsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "-501|Could not find info-hash.|NotFound", // 0.9.8
                "-501|Invalid index.|NotFound", // 0.9.8
                "-503|invalid parameters: info-hash not found|NotFound", // 0.16, XML-RPC
                "-503|invalid parameters: index not found|NotFound", // 0.16, XML-RPC
                "-32602|invalid parameters: info-hash not found|NotFound", // 0.16, JSON-RPC
                "-32602|invalid parameters: index not found|NotFound", // 0.16, JSON-RPC
                "-503|Could not find view.|Rejected", // both versions, XML-RPC
                "-32602|Could not find view.|Rejected", // 0.16, JSON-RPC
                "-503|Call XML not a proper XML-RPC call.|Rejected",
                "-32601|method not found: nope.x|Rejected",
                "-506|Method 'x' not defined|Rejected",
            })
    void mapsFaults(int code, String text, String kind) {
        ClientFailure failure = RtorrentFaults.failure(code, text);

        assertThat(failure.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(failure.message()).contains(String.valueOf(code), text);
    }
}
