package io.pyrotorrent.adapter.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The list's slices: list-scroll.js asks for the rows near the viewport, sorted and filtered on the server. */
class SliceEndpointTest {

    private static final Pattern NAME = Pattern.compile("\"name\":\"([^\"]+)\"");

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void aSliceIsTheRowsAtItsOffset_ofTheSortedFilteredList_withTheTotal_inOneRoundTrip() {
        IntStream.range(0, 300)
                .forEach(i -> ui.seedbox.put(
                        TestTorrent.single(String.format("t%03d", i)).metainfo(), i % 2 == 0));
        long before = ui.seedbox.roundTrips();

        var answer = browser.get(
                "live/target/seedbox/slice?view=main&status=stopped&sort=name&order=desc" + "&offset=100&limit=3");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(answer.body()).startsWith("{\"slice\":{\"total\":150,\"offset\":100,\"rows\":[");
        assertThat(NAME.matcher(answer.body()).results().map(m -> m.group(1))).containsExactly("t099", "t097", "t095");
        assertThat(ui.seedbox.roundTrips() - before).isEqualTo(1);
    }

    @Test
    void aRowCarriesEveryColumnTheChooserOffers() {
        ui.seedbox.put(TestTorrent.single("one").metainfo(), false);

        var body = browser.get("live/target/seedbox/slice?view=main").body();

        for (Column column : Column.values()) {
            String field = switch (column) {
                case DONE -> "percent";
                case DOWN -> "downRate";
                case UP -> "upRate";
                default -> column.key;
            };
            assertThat(body).as(column.key).contains("\"" + field + "\":");
        }
    }

    @Test
    void badParametersAndUnknownTargetsAreJsonErrorsNamingTheProblem() {
        var badStatus = browser.get("live/target/seedbox/slice?status=sleeping");
        var badLimit = browser.get("live/target/seedbox/slice?limit=5000");
        var unknown = browser.get("live/target/nowhere/slice");

        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).startsWith("{\"error\":\"status is one of");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(badLimit.body()).contains("limit is 1 to 1000");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
