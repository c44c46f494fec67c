package io.pyrotorrent.domain.automation.seeding;

import io.pyrotorrent.domain.model.seeding.RuleMatch;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.ListTorrents;
import io.pyrotorrent.domain.port.in.RemoveData;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import io.pyrotorrent.domain.port.out.AuditLog;
import io.pyrotorrent.domain.port.out.SeedingRuleStore;
import java.time.Clock;
import java.util.function.Consumer;

/** Builds the seeding rules' service from the ports it needs: the one way in from the wiring. */
public final class SeedingAutomation {

    /** What a rule did to one torrent, for webhooks: the rule, the torrent, "ok" or why not. */
    public record Acted(SeedingRule rule, RuleMatch match, String result) {}

    private SeedingAutomation() {}

    /**
     * @param control   unaudited commands: the rules write their own audit entries, naming the rule
     * @param afterSave   asks for a run soon: a saved rule acts within seconds, as a new limit does
     *                    in qBittorrent, not up to a minute later
     */
    public static SeedingRules of(
            SeedingRuleStore store,
            ListTorrents list,
            ShowTorrent show,
            ControlTorrents control,
            RemoveData removeData,
            AuditLog audit,
            Clock clock,
            Consumer<Acted> onActed,
            Runnable afterSave) {
        var actions = new RuleActions(
                control,
                removeData,
                audit,
                clock,
                acted -> onActed.accept(new Acted(acted.rule(), acted.match(), acted.result())));
        return new SeedingRules(store, list, show, actions, clock, afterSave);
    }
}
