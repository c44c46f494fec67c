package io.pyrotorrent.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    record Line(String name, int percent, boolean ok, List<String> tags) {}

    @Test
    void recordsBecomeObjectsKeyedByComponentName() {
        var map = new LinkedHashMap<String, Object>();
        map.put("lines", List.of(new Line("a", 5, true, List.of("x"))));

        assertThat(JsonText.of(map))
                .isEqualTo("{\"lines\":[{\"name\":\"a\",\"percent\":5,\"ok\":true,\"tags\":[\"x\"]}]}");
    }

    @Test
    void stringsAreEscapedAndMarkupIsInert() {
        assertThat(JsonText.of("\"</script><b>&\\\n\u0001"))
                .isEqualTo("\"\\\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\\\\\n\\u0001\"");
    }
}
