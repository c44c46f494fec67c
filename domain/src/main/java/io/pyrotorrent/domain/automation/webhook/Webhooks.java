package io.pyrotorrent.domain.automation.webhook;

import io.pyrotorrent.domain.automation.Automation;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.webhook.Webhook;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import io.pyrotorrent.domain.model.webhook.WebhookMessage;
import io.pyrotorrent.domain.model.webhook.WebhookView;
import io.pyrotorrent.domain.port.in.ManageWebhooks;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import io.pyrotorrent.domain.port.out.WebhookSender;
import io.pyrotorrent.domain.port.out.WebhookStore;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Webhooks: kept in the store, told about events by {@link #publish} (rules, feeds) and by the
 * mirror of each target that has a hook for finished, failed or added torrents (watched as
 * "automation" only while such a hook exists, so a target with none costs rTorrent nothing).
 */
public final class Webhooks implements ManageWebhooks {

    private static final Set<WebhookEvent> FROM_THE_MIRROR =
            EnumSet.of(WebhookEvent.FINISHED, WebhookEvent.FAILED, WebhookEvent.ADDED);

    private final WebhookStore store;
    private final WebhookSender sender;
    private final Deliveries deliveries;
    private final WatchTorrents watch;
    private final Clock clock;
    private final Supplier<List<TargetName>> configured;
    private final Map<TargetName, WatchTorrents.Subscription> watching = new HashMap<>();
    private volatile boolean serving;

    /** Waits between attempts; tests pass one that only counts. */
    @FunctionalInterface
    public interface Backoff {
        void await(java.time.Duration pause) throws InterruptedException;
    }

    /**
     * @param executor bounded: a full queue drops a message (counted, passed to {@code onDrop})
     * @param watch    the mirror's deltas; asked only once {@link #serve} was called (a CLI command never does)
     */
    public Webhooks(
            WebhookStore store,
            WebhookSender sender,
            Executor executor,
            Backoff backoff,
            LongConsumer onDrop,
            WatchTorrents watch,
            Clock clock,
            Supplier<List<TargetName>> configured) {
        this.store = store;
        this.sender = sender;
        this.deliveries = new Deliveries(sender, executor, backoff, onDrop);
        this.watch = watch;
        this.clock = clock;
        this.configured = configured;
    }

    /** Every hook of the message's target that asked for its kind gets it; never blocks. */
    public void publish(WebhookMessage message) {
        for (Webhook hook : store.all()) {
            if (hook.target().equals(message.target()) && hook.events().contains(message.event())) {
                deliveries.enqueue(hook, message);
            }
        }
    }

    /** Messages dropped because the queue was full. */
    public long dropped() {
        return deliveries.dropped();
    }

    /**
     * Watches each target with a hook for mirror events, and stops watching the others: at the
     * server's start and after each change of hooks.
     */
    public synchronized void watchTargets() {
        var wanted = new java.util.HashSet<TargetName>();
        store.all().stream()
                .filter(hook -> hook.events().stream().anyMatch(FROM_THE_MIRROR::contains))
                .map(Webhook::target)
                .filter(configured.get()::contains)
                .forEach(wanted::add);
        watching.keySet().removeIf(target -> {
            if (!wanted.contains(target)) {
                watching.get(target).close();
                return true;
            }
            return false;
        });
        for (TargetName target : wanted) {
            watching.computeIfAbsent(
                    target,
                    t -> watch.watch(
                            Automation.PRINCIPAL,
                            t,
                            ViewName.MAIN,
                            TorrentTransitions.FIELDS,
                            new TorrentTransitions(t, clock, this::publish)));
        }
    }

    @Override
    public List<WebhookView> hooks(Principal caller) {
        return store.all().stream()
                .filter(hook -> caller.mayUse(hook.target()))
                .map(hook -> new WebhookView(hook, deliveries.status(hook.id())))
                .toList();
    }

    @Override
    public WebhookView save(Principal caller, Webhook hook) {
        check(caller, hook.target());
        if (hook.id() != 0) {
            owned(caller, hook.id());
        }
        sender.refusal(hook.url()).ifPresent(why -> {
            throw new IllegalArgumentException("url: " + why);
        });
        Webhook saved = store.save(hook);
        deliveries.forget(saved.id());
        watchTargetsIfServing();
        return new WebhookView(saved, deliveries.status(saved.id()));
    }

    @Override
    public void delete(Principal caller, long id) {
        owned(caller, id);
        store.delete(id);
        deliveries.forget(id);
        watchTargetsIfServing();
    }

    @Override
    public String test(Principal caller, long id) {
        Webhook hook = owned(caller, id);
        var message = new WebhookMessage(
                WebhookEvent.TEST, hook.target(), clock.instant(), Optional.empty(), "", "sent by " + caller.name());
        try {
            sender.send(hook.url(), message);
            return "delivered";
        } catch (WebhookSender.Failed e) {
            return "failed: " + e.getMessage();
        }
    }

    private void watchTargetsIfServing() {
        if (serving) {
            watchTargets();
        }
    }

    /** From now on each change of hooks updates which targets are watched: the server calls it once. */
    public void serve() {
        serving = true;
        watchTargets();
    }

    /** Stops every watch: the server is stopping. */
    public synchronized void stop() {
        serving = false;
        watching.values().forEach(WatchTorrents.Subscription::close);
        watching.clear();
    }

    private Webhook owned(Principal caller, long id) {
        return store.find(id)
                .filter(hook -> caller.mayUse(hook.target()))
                .orElseThrow(() -> new NoSuchElementException("no webhook " + id));
    }

    /** One the caller may not use and one not configured (everyone may use it then) fail alike. */
    private void check(Principal caller, TargetName target) {
        if (!caller.mayUse(target) || !configured.get().contains(target)) {
            throw new UnknownTargetException(target.value());
        }
    }
}
