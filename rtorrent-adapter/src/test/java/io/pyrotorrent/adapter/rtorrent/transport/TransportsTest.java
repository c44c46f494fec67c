package io.pyrotorrent.adapter.rtorrent.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransportsTest {

    private static Transport forUrl(String url) {
        return Transports.forUrl(URI.create(url), TransportSettings.defaults());
    }

    @Test
    @DisplayName("scgi://host:port is SCGI over TCP")
    void scgiWithHostIsTcp() {
        assertThat(forUrl("scgi://127.0.0.1:5000"))
                .isInstanceOf(ScgiTransport.class)
                .hasToString("SCGI scgi://127.0.0.1:5000");
    }

    @Test
    @DisplayName("scgi:///abs/path.sock, without a host, is SCGI over a unix socket")
    void scgiWithPathIsUnixSocket() {
        assertThat(forUrl("scgi:///run/rtorrent/rpc.sock"))
                .isInstanceOf(ScgiTransport.class)
                .hasToString("SCGI scgi:///run/rtorrent/rpc.sock");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/RPC2", "https://seedbox.example:8443/rutorrent/RPC2"})
    @DisplayName("http:// and https:// are an HTTP POST to that URL")
    void httpUrlsAreHttp(String url) {
        assertThat(forUrl(url)).isInstanceOf(HttpTransport.class).hasToString("HTTP " + url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://host/x",
                "scgi://host",
                "scgi://host:5000/path",
                "scgi:relative.sock",
                "localhost:5000",
                "http:///nohost"
            })
    @DisplayName("any other URL is refused, naming it and the accepted forms")
    void otherUrlsAreRefused(String url) {
        assertThatThrownBy(() -> forUrl(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + url + "'")
                .hasMessageContaining("scgi://host:port")
                .hasMessageContaining("scgi:///absolute/path.sock");
    }
}
