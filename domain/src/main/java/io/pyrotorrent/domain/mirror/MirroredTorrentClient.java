package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts a target's {@link TargetMirror} behind the {@link TorrentClient} port, so every reader
 * (overview, lists, the legacy API, streams, the CLI) reads the mirror without knowing it:
 *
 * <ul>
 *   <li>A request that reads no list the mirror holds (a health probe, one torrent's page) goes
 *       to rTorrent as it is: it costs rTorrent next to nothing, and it must not keep the mirror
 *       polling (a health check every 30 s would, forever).
 *   <li>Steps the mirror can answer come from a view whose moving values
 *       are at most {@link #READ_MAX_AGE} old; the rest of the request (one torrent's files,
 *       peers, trackers, views the mirror cannot derive) goes to rTorrent in ONE round trip, so a
 *       mixed request still costs at most the round trip of its live part.
 *   <li>A request that carries commands goes to rTorrent whole, as it was: its reads after a
 *       command must see that command's effect exactly. The torrents it names are re-read in the
 *       same round trip, so the next read of the mirror shows the change.
 *   <li>After an idle spell a request that {@link Request#acceptsKept() accepts kept rows} (a page
 *       that updates itself) is answered at once from the rows the mirror kept, marked with their
 *       age, while the poll that resumes the mirror runs; every other reader waits for that poll.
 *   <li>Faults: while the mirror's polls fail, reads ask rTorrent themselves, as before there was
 *       a mirror: the same failure, the same messages, and a recovery as soon as rTorrent answers
 *       a page's read (a full poll of a session still reloading may take longer). A reader waits
 *       for a poll at most {@link #READ_WAIT}; if the mirror is still not fresh then, a view at most
 *       {@link #LATE_POLL_MAX_AGE} old is served (a poll running late on a busy rTorrent); an older
 *       one (a first fill of a huge session, a stalled poll) and the reader asks rTorrent itself.
 * </ul>
 */
public final class MirroredTorrentClient implements TorrentClient {

    /**
     * How old moving values (rates, bytes done) may be when served: one poll period (1.5 s) plus
     * the time a poll takes, so the polling schedule keeps a watched mirror fresh on its own and a
     * reader never adds a poll of its own to it.
     */
    public static final Duration READ_MAX_AGE = Cadence.POLL.plusSeconds(1);

    /**
     * The longest a reader waits for the mirror's poll before it asks rTorrent itself: a full
     * first read of 20,000 torrents takes well under it, and a stalled poll costs a page at most
     * this on top of the target's own timeout.
     */
    public static final Duration READ_WAIT = Duration.ofSeconds(1);

    /**
     * How old a view may be when the poll that should have refreshed it is late: served as it is,
     * because a live read would queue behind the same busy rTorrent (single-threaded, answering
     * another client's full list, say) and make it later still. The benchmark at 20,000 torrents
     * on a loaded machine saw every read fall back to a full live read while the 2 s polls ran
     * late, each one paying rTorrent a whole list. Past this, a reader asks rTorrent itself.
     */
    public static final Duration LATE_POLL_MAX_AGE = Duration.ofSeconds(10);

    /**
     * How long a reader waits for a full read in parts (a first fill of a large session) rather
     * than read every torrent live beside it: at 20,000 torrents a live read of the whole list
     * (13-18 MB of XML, its buffer growing by doubling) and a part of the fill (about 5 MB) may
     * not fit the reply memory together, and the reader then fails (the benchmark's REST list once
     * answered 502 right after pyroTorrent started, most likely so). The fill takes a few seconds.
     */
    public static final Duration FILL_WAIT = Duration.ofSeconds(30);

    private final TargetMirror mirror;
    private final TorrentClient live;
    private final MirrorAnswers answers;
    private final ViewAnswers shared = new ViewAnswers();
    private final ServedReads served = new ServedReads();

    /** {@code live} must reach the same rTorrent as the mirror's polls (the app meters them apart). */
    public MirroredTorrentClient(TargetMirror mirror, TorrentClient live) {
        this.mirror = Objects.requireNonNull(mirror, "mirror");
        this.live = Objects.requireNonNull(live, "live");
        this.answers = new MirrorAnswers(mirror.fields());
    }

    @Override
    public Snapshot send(Request request) {
        if (request.steps().stream().anyMatch(Command.class::isInstance)) {
            return mirror.relay(request, live);
        }
        if (!answers.worthAMirror(request)) {
            return live.send(request);
        }
        if (mirror.view().fault().isPresent()) {
            // Failing: ask rTorrent as before the mirror, so a page says what is wrong now and
            // recovers with its own (smaller) read the moment rTorrent answers again.
            mirror.touch();
            served.served(ServedReads.How.LIVE);
            return live.send(request);
        }
        // Only when the mirror answers every step: a live one would queue behind the resume read.
        if (request.acceptsKept() && request.steps().stream().allMatch(answers::canAnswer)) {
            var kept = mirror.kept();
            if (kept.isPresent()) {
                MirrorView view = kept.get();
                served.served(ServedReads.How.KEPT);
                return new Snapshot(
                        answer(request, view).outcomes(),
                        Optional.ofNullable(view.asOf().get(ValueClass.MOVING)));
            }
        }
        boolean fresh = mirror.servable(READ_MAX_AGE).isPresent();
        long started = System.nanoTime();
        var view = mirror.readFresh(READ_MAX_AGE, READ_WAIT);
        if (view.isPresent()) {
            if (!fresh) {
                served.waited(System.nanoTime() - started);
            }
            served.served(fresh ? ServedReads.How.FRESH : ServedReads.How.AFTER_POLL);
            return answer(request, view.get());
        }
        served.waited(System.nanoTime() - started);
        var late = mirror.servable(LATE_POLL_MAX_AGE).or(() -> mirror.awaitFill(LATE_POLL_MAX_AGE, FILL_WAIT));
        if (late.isPresent()) {
            served.served(ServedReads.How.LATE);
            return answer(request, late.get());
        }
        served.served(ServedReads.How.LIVE);
        return live.send(request);
    }

    /**
     * From the last view, if the mirror answers every step and the view is servable: no round
     * trip, no wait, not a read (the mirror's idle clock does not move).
     */
    @Override
    public Optional<Snapshot> peek(Request request) {
        if (!request.steps().stream().allMatch(answers::canAnswer)) {
            return Optional.empty();
        }
        return mirror.servable(LATE_POLL_MAX_AGE).map(view -> answer(request, view));
    }

    /** How this target's mirrored reads were served, for the metrics. */
    public ServedReads served() {
        return served;
    }

    /** The mirrored steps from the view, the others from ONE live request, in the request's order. */
    private Snapshot answer(Request request, MirrorView view) {
        List<Step<?>> steps = request.steps();
        var outcomes = new Outcome<?>[steps.size()];
        var liveSteps = new ArrayList<Step<?>>();
        var liveIndex = new ArrayList<Integer>();
        for (int i = 0; i < steps.size(); i++) {
            Step<?> step = steps.get(i);
            if (answers.canAnswer(step)) {
                outcomes[i] = step instanceof TorrentListQuery list
                        ? shared.answer(list, view)
                        : MirrorAnswers.answer(step, view);
            } else {
                liveSteps.add(step);
                liveIndex.add(i);
            }
        }
        if (!liveSteps.isEmpty()) {
            List<Outcome<?>> answered = live.send(new Request(liveSteps)).outcomes();
            for (int j = 0; j < liveIndex.size(); j++) {
                outcomes[liveIndex.get(j)] = answered.get(j);
            }
        }
        return new Snapshot(Arrays.asList(outcomes));
    }

    /** The wire of the client readers fall back to: the mirror polls through a twin of it. */
    @Override
    public Optional<String> rpc() {
        return live.rpc();
    }
}
