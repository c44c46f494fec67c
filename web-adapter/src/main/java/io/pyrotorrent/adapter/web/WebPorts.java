package io.pyrotorrent.adapter.web;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.disk.TargetDisk;
import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.in.Authenticate;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.CopyMagnets;
import io.pyrotorrent.domain.port.in.CreateTorrents;
import io.pyrotorrent.domain.port.in.DownloadFiles;
import io.pyrotorrent.domain.port.in.FollowJobs;
import io.pyrotorrent.domain.port.in.KeepSessions;
import io.pyrotorrent.domain.port.in.ListTorrents;
import io.pyrotorrent.domain.port.in.ManageFeeds;
import io.pyrotorrent.domain.port.in.ManageSchedule;
import io.pyrotorrent.domain.port.in.ManageSeedingRules;
import io.pyrotorrent.domain.port.in.ManageSettings;
import io.pyrotorrent.domain.port.in.ManageThrottles;
import io.pyrotorrent.domain.port.in.ManageWatchFolders;
import io.pyrotorrent.domain.port.in.ManageWebhooks;
import io.pyrotorrent.domain.port.in.MoveData;
import io.pyrotorrent.domain.port.in.ReadAudit;
import io.pyrotorrent.domain.port.in.RemoveData;
import io.pyrotorrent.domain.port.in.RenameLabels;
import io.pyrotorrent.domain.port.in.ShowDiskSpace;
import io.pyrotorrent.domain.port.in.ShowOverview;
import io.pyrotorrent.domain.port.in.ShowRates;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The use cases the web UI calls: nothing else of the domain reaches its pages. Built through
 * {@link #builder()}, where each port is named: one service often serves two ports, so a
 * positional call could swap them and still compile.
 */
public record WebPorts(
        ShowOverview overview,
        ShowTorrent torrent,
        ListTorrents list,
        ControlTorrents control,
        AddTorrents add,
        DownloadFiles downloads,
        Authenticate authenticate,
        KeepSessions sessions,
        ReadAudit audit,
        RemoveData removeData,
        WatchTorrents watch,
        ShowRates rates,
        MoveData moveData,
        CreateTorrents createTorrents,
        FollowJobs followJobs,
        ManageSettings settings,
        ManageFeeds feeds,
        RenameLabels renameLabels,
        CopyMagnets magnets,
        ManageThrottles throttles,
        Optional<ManageSeedingRules> seedingRules,
        Optional<ManageSchedule> schedule,
        ShowDiskSpace disk,
        Optional<ManageWatchFolders> watchFolders,
        Optional<ManageWebhooks> webhooks) {

    /** Until a caller gives one: the live stream answers that no target can be watched. */
    private static final WatchTorrents NO_WATCH = (caller, target, view, fields, listener) -> {
        throw new UnknownTargetException(target.value());
    };

    /** Until a caller gives one: no target's disk is visible, so the header shows none. */
    private static final ShowDiskSpace NO_DISK = new ShowDiskSpace() {
        @Override
        public List<TargetDisk> diskSpace(Principal caller) {
            return List.of();
        }

        @Override
        public TargetDisk diskSpace(Principal caller, TargetName target) {
            throw new UnknownTargetException(target.value());
        }
    };

    public WebPorts {
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(disk, "disk");
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(torrent, "torrent");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(add, "add");
        Objects.requireNonNull(downloads, "downloads");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(removeData, "removeData");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(moveData, "moveData");
        Objects.requireNonNull(createTorrents, "createTorrents");
        Objects.requireNonNull(followJobs, "followJobs");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(feeds, "feeds");
        Objects.requireNonNull(renameLabels, "renameLabels");
        Objects.requireNonNull(magnets, "magnets");
        Objects.requireNonNull(throttles, "throttles");
        Objects.requireNonNull(seedingRules, "seedingRules");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(watchFolders, "watchFolders");
        Objects.requireNonNull(webhooks, "webhooks");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Names each port as it is given; {@link #build()} refuses a missing one by name. */
    public static final class Builder {
        private ShowOverview overview;
        private ShowTorrent torrent;
        private ListTorrents list;
        private ControlTorrents control;
        private AddTorrents add;
        private DownloadFiles downloads;
        private Authenticate authenticate;
        private KeepSessions sessions;
        private ReadAudit audit;
        private RemoveData removeData;
        private WatchTorrents watch = NO_WATCH;
        private ShowDiskSpace disk = NO_DISK;
        private ShowRates rates;
        private MoveData moveData;
        private CreateTorrents createTorrents;
        private FollowJobs followJobs;
        private ManageSettings settings;
        private ManageFeeds feeds;
        private RenameLabels renameLabels;
        private CopyMagnets magnets;
        private ManageThrottles throttles;
        private Optional<ManageSeedingRules> seedingRules = Optional.empty();
        private Optional<ManageSchedule> schedule = Optional.empty();
        private Optional<ManageWatchFolders> watchFolders = Optional.empty();
        private Optional<ManageWebhooks> webhooks = Optional.empty();

        private Builder() {}

        public Builder overview(ShowOverview overview) {
            this.overview = overview;
            return this;
        }

        public Builder torrent(ShowTorrent torrent) {
            this.torrent = torrent;
            return this;
        }

        public Builder list(ListTorrents list) {
            this.list = list;
            return this;
        }

        public Builder control(ControlTorrents control) {
            this.control = control;
            return this;
        }

        public Builder add(AddTorrents add) {
            this.add = add;
            return this;
        }

        public Builder downloads(DownloadFiles downloads) {
            this.downloads = downloads;
            return this;
        }

        public Builder authenticate(Authenticate authenticate) {
            this.authenticate = authenticate;
            return this;
        }

        public Builder sessions(KeepSessions sessions) {
            this.sessions = sessions;
            return this;
        }

        public Builder audit(ReadAudit audit) {
            this.audit = audit;
            return this;
        }

        /** Without it, there is no automation page (tests of other pages leave it out). */
        public Builder seedingRules(ManageSeedingRules seedingRules) {
            this.seedingRules = Optional.of(seedingRules);
            return this;
        }

        /** Without it, the automation page has no watch folders (tests of other parts leave it out). */
        public Builder watchFolders(ManageWatchFolders watchFolders) {
            this.watchFolders = Optional.of(watchFolders);
            return this;
        }

        /** Without it, the automation page has no webhooks (tests of other parts leave it out). */
        public Builder webhooks(ManageWebhooks webhooks) {
            this.webhooks = Optional.of(webhooks);
            return this;
        }

        public Builder schedule(ManageSchedule schedule) {
            this.schedule = Optional.of(schedule);
            return this;
        }

        public Builder removeData(RemoveData removeData) {
            this.removeData = removeData;
            return this;
        }

        /** The live stream of each page's targets; without it the page keeps its first paint. */
        public Builder watch(WatchTorrents watch) {
            this.watch = watch;
            return this;
        }

        public Builder rates(ShowRates rates) {
            this.rates = rates;
            return this;
        }

        public Builder moveData(MoveData moveData) {
            this.moveData = moveData;
            return this;
        }

        public Builder createTorrents(CreateTorrents createTorrents) {
            this.createTorrents = createTorrents;
            return this;
        }

        public Builder followJobs(FollowJobs followJobs) {
            this.followJobs = followJobs;
            return this;
        }

        public Builder settings(ManageSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder feeds(ManageFeeds feeds) {
            this.feeds = feeds;
            return this;
        }

        /** The header's free space per target. */
        public Builder disk(ShowDiskSpace disk) {
            this.disk = disk;
            return this;
        }

        public Builder renameLabels(RenameLabels renameLabels) {
            this.renameLabels = renameLabels;
            return this;
        }

        public Builder magnets(CopyMagnets magnets) {
            this.magnets = magnets;
            return this;
        }

        public Builder throttles(ManageThrottles throttles) {
            this.throttles = throttles;
            return this;
        }

        public WebPorts build() {
            return new WebPorts(
                    overview,
                    torrent,
                    list,
                    control,
                    add,
                    downloads,
                    authenticate,
                    sessions,
                    audit,
                    removeData,
                    watch,
                    rates,
                    moveData,
                    createTorrents,
                    followJobs,
                    settings,
                    feeds,
                    renameLabels,
                    magnets,
                    throttles,
                    seedingRules,
                    schedule,
                    disk,
                    watchFolders,
                    webhooks);
        }
    }
}
