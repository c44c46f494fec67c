package io.pyrotorrent.adapter.web.live;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.LiveAnswers;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.rates.RateSample;
import io.pyrotorrent.domain.model.rates.RateSeries;
import io.pyrotorrent.domain.port.in.ShowRates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The speed graphs' data: {@code live/rates} (each instance the visitor sees and their total) and
 * {@code live/target/<t>/torrent/<hash>/rates} (one torrent). Columns, not objects per sample:
 * uPlot draws from arrays of x and y values, and the answer is a third the size.
 */
public final class RateRoutes {

    private final ShowRates rates;

    public RateRoutes(ShowRates rates) {
        this.rates = rates;
    }

    /** {@code GET live/rates}: {@code window} and {@code period} in seconds, then {@code series}, the total first. */
    public void all(Context ctx) {
        LiveAnswers.write(ctx, () -> {
            var history = rates.rates(Visitor.of(ctx));
            var series = new ArrayList<Map<String, Object>>();
            series.add(columns(history.total(), "All instances"));
            history.targets().forEach(s -> series.add(columns(s, s.name())));
            var answer = new LinkedHashMap<String, Object>();
            answer.put("window", history.window().toSeconds());
            answer.put("period", history.period().toSeconds());
            answer.put("series", series);
            return answer;
        });
    }

    /** {@code GET live/target/<t>/torrent/<hash>/rates}: one series; asking keeps the torrent sampled. */
    public void torrent(Context ctx) {
        LiveAnswers.write(ctx, () -> {
            var target = TargetName.of(ctx.pathParam("target"));
            var hash = InfoHash.of(ctx.pathParam("hash"));
            return columns(rates.torrentRates(Visitor.of(ctx), target, hash), hash.hex());
        });
    }

    /** x in whole epoch seconds (uPlot's unit; samples are 2 s apart), rates in bytes per second. */
    static Map<String, Object> columns(RateSeries series, String label) {
        List<RateSample> samples = series.samples();
        var answer = new LinkedHashMap<String, Object>();
        answer.put("name", series.name());
        answer.put("label", label);
        answer.put("t", samples.stream().map(s -> s.at().getEpochSecond()).toList());
        answer.put("down", samples.stream().map(RateSample::down).toList());
        answer.put("up", samples.stream().map(RateSample::up).toList());
        return answer;
    }
}
