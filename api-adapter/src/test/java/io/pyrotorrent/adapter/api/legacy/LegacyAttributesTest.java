package io.pyrotorrent.adapter.api.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.TestApi;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LegacyAttributesTest {

    /** Every name in PYROTORRENT.md's tables of the original's attributes. */
    static final List<String> RTORRENT = List.of(
            "get_upload_throttle",
            "set_upload_throttle",
            "get_download_throttle",
            "set_download_throttle",
            "get_upload_rate",
            "get_download_rate",
            "get_upload_rate_total",
            "get_download_rate_total",
            "get_memory_usage",
            "get_max_memory_usage",
            "get_libtorrent_version",
            "get_client_version",
            "get_hostname",
            "get_process_id",
            "get_cwd",
            "get_ip",
            "get_view_list",
            "get_xmlrpc_size_limit",
            "set_xmlrpc_size_limit",
            "add_torrent",
            "add_torrent_start",
            "add_torrent_raw",
            "add_torrent_raw_start");

    static final List<String> TORRENT = List.of(
            "get_name",
            "get_hash",
            "get_message",
            "get_loaded_file",
            "get_state",
            "get_full_path",
            "get_size_bytes",
            "get_bytes_done",
            "get_bytes_left",
            "get_size_files",
            "is_complete",
            "get_download_rate",
            "get_download_total",
            "get_upload_rate",
            "get_upload_total",
            "get_ratio",
            "is_hashing",
            "is_hash_checked",
            "is_hash_checking",
            "hashing_failed",
            "is_active",
            "is_open",
            "get_views",
            "open",
            "close",
            "start",
            "stop",
            "pause",
            "resume",
            "erase",
            "perform_hash_check");
    static final List<String> PEER = List.of(
            "get_address",
            "get_port",
            "get_client_version",
            "get_completed_percent",
            "get_id",
            "get_upload_rate",
            "get_download_rate",
            "get_upload_total",
            "get_download_total",
            "is_encrypted",
            "is_incoming",
            "is_obfuscated",
            "is_snubbed");
    static final List<String> FILE =
            List.of("get_path", "get_path_components", "get_size_bytes", "get_size_chunks", "get_completed_chunks");

    @Test
    void theTable_hasEveryNameOfTheOriginal_forItsElementType() {
        RTORRENT.forEach(name -> assertThat(LegacyAttributes.find(LegacyType.RTORRENT, name))
                .as(name)
                .isPresent());
        TORRENT.forEach(name -> assertThat(LegacyAttributes.find(LegacyType.TORRENT, name))
                .as(name)
                .isPresent());
        PEER.forEach(name -> assertThat(LegacyAttributes.find(LegacyType.PEER_REQUESTER, name))
                .as(name)
                .isPresent());
        FILE.forEach(name -> assertThat(LegacyAttributes.find(LegacyType.FILE_REQUESTER, name))
                .as(name)
                .isPresent());
    }

    @Test
    void namesAreUniquePerType_andNoneReachesAShellOrRtorrentDirectly() {
        for (LegacyType type : LegacyType.values()) {
            var names = LegacyAttributes.ALL.stream()
                    .filter(a -> a.types().contains(type))
                    .map(LegacyAttribute::name)
                    .toList();
            assertThat(new HashSet<>(names)).as(type.wireName()).hasSameSizeAs(names);
        }
        assertThat(LegacyAttributes.ALL)
                .noneMatch(a -> a.name().contains("execute") || a.name().contains("."));
    }

    @Test
    void getAttributes_printsTheSameTable_withTypeCommandAndDescription() {
        try (var api = TestApi.start()) {
            var reply = api.get("/api/attributes");

            assertThat(reply.status()).isEqualTo(200);
            JsonNode attributes = reply.json().get("attributes");
            assertThat(attributes).hasSize(LegacyAttributes.ALL.size());
            for (JsonNode attribute : attributes) {
                assertThat(attribute.get("name").asText()).isNotBlank();
                assertThat(attribute.get("types")).isNotEmpty();
                assertThat(attribute.get("command").asText()).matches("[a-z_]+(\\.[a-z_]+)+");
                assertThat(attribute.get("description").asText()).isNotBlank();
                assertThat(attribute.get("maps_to").asText()).isNotBlank();
            }
            var documented = new ArrayList<String>();
            attributes.forEach(a -> documented.add(a.get("name").asText()));
            assertThat(documented)
                    .containsAll(RTORRENT)
                    .containsAll(TORRENT)
                    .containsAll(PEER)
                    .containsAll(FILE);
            JsonNode getName = find(attributes, "get_name");
            assertThat(getName.get("command").asText()).isEqualTo("d.name");
            assertThat(texts(getName.get("types"))).isEqualTo("torrent,torrentrequester");
            assertThat(find(attributes, "start").get("maps_to").asText()).isEqualTo("runs Start");
            assertThat(find(attributes, "set_xmlrpc_size_limit").get("maps_to").asText())
                    .startsWith("not supported");
        }
    }

    private static JsonNode find(JsonNode attributes, String name) {
        for (JsonNode attribute : attributes) {
            if (attribute.get("name").asText().equals(name)) {
                return attribute;
            }
        }
        throw new AssertionError(name);
    }

    private static String texts(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(v -> values.add(v.asText()));
        return values.stream().collect(Collectors.joining(","));
    }
}
