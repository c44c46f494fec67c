package io.pyrotorrent.adapter.api;

import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.in.Authenticate;
import io.pyrotorrent.domain.port.in.CheckHealth;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.CopyMagnets;
import io.pyrotorrent.domain.port.in.CreateTorrents;
import io.pyrotorrent.domain.port.in.FollowJobs;
import io.pyrotorrent.domain.port.in.KeepSessions;
import io.pyrotorrent.domain.port.in.ListTargets;
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
import io.pyrotorrent.domain.port.in.SendRequests;
import io.pyrotorrent.domain.port.in.ShowDiskSpace;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import java.util.Objects;
import java.util.Optional;

/**
 * What the JSON API needs from the core: use cases only, and every one checks who may use which
 * target. The legacy API runs arbitrary, ordered batches of fields and commands ({@code requests},
 * which asks several targets at once) and has URLs fetched by {@code addTorrents}, under the same
 * rules as everywhere else: never rTorrent itself. GET /api/v1/targets asks {@code listTargets}.
 * {@code sessions} are the web UI's logins. GET /api/v1/audit asks {@code readAudit}.
 * {@code removeData} removes torrents with their files. {@code moveData} and {@code createTorrents}
 * start jobs that {@code followJobs} reads.
 * {@code manageSettings} reads and changes client settings.
 * {@code seedingRules} serves
 * /api/v1/automation/seeding-rules, {@code schedule} /api/v1/automation/schedule/{target},
 * {@code watchFolders} /api/v1/automation/watch-folders, {@code webhooks} /api/v1/automation/webhooks.
 * {@code diskSpace} adds each target's free space to GET /health and GET /api/v1/targets.
 */
public record ApiPorts(
        SendRequests requests,
        ListTargets listTargets,
        ListTorrents listTorrents,
        ShowTorrent showTorrent,
        ControlTorrents controlTorrents,
        AddTorrents addTorrents,
        CheckHealth checkHealth,
        WatchTorrents watchTorrents,
        Authenticate authenticate,
        KeepSessions sessions,
        ReadAudit readAudit,
        RemoveData removeData,
        MoveData moveData,
        CreateTorrents createTorrents,
        FollowJobs followJobs,
        ManageSettings manageSettings,
        CopyMagnets copyMagnets,
        ManageFeeds manageFeeds,
        RenameLabels renameLabels,
        ManageThrottles manageThrottles,
        Optional<ManageSeedingRules> seedingRules,
        Optional<ManageSchedule> schedule,
        ShowDiskSpace diskSpace,
        Optional<ManageWatchFolders> watchFolders,
        Optional<ManageWebhooks> webhooks) {

    public ApiPorts {
        Objects.requireNonNull(diskSpace, "diskSpace");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(listTargets, "listTargets");
        Objects.requireNonNull(listTorrents, "listTorrents");
        Objects.requireNonNull(showTorrent, "showTorrent");
        Objects.requireNonNull(controlTorrents, "controlTorrents");
        Objects.requireNonNull(addTorrents, "addTorrents");
        Objects.requireNonNull(checkHealth, "checkHealth");
        Objects.requireNonNull(watchTorrents, "watchTorrents");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(readAudit, "readAudit");
        Objects.requireNonNull(removeData, "removeData");
        Objects.requireNonNull(moveData, "moveData");
        Objects.requireNonNull(createTorrents, "createTorrents");
        Objects.requireNonNull(followJobs, "followJobs");
        Objects.requireNonNull(manageSettings, "manageSettings");
        Objects.requireNonNull(copyMagnets, "copyMagnets");
        Objects.requireNonNull(manageFeeds, "manageFeeds");
        Objects.requireNonNull(renameLabels, "renameLabels");
        Objects.requireNonNull(manageThrottles, "manageThrottles");
        Objects.requireNonNull(seedingRules, "seedingRules");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(watchFolders, "watchFolders");
        Objects.requireNonNull(webhooks, "webhooks");
    }

    /** Each port named as it is given: one service often serves two ports, so a positional call could swap them. */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private SendRequests requests;
        private ListTargets listTargets;
        private ListTorrents listTorrents;
        private ShowTorrent showTorrent;
        private ControlTorrents controlTorrents;
        private AddTorrents addTorrents;
        private CheckHealth checkHealth;
        private WatchTorrents watchTorrents;
        private Authenticate authenticate;
        private KeepSessions sessions;
        private ReadAudit readAudit;
        private RemoveData removeData;
        private MoveData moveData;
        private CreateTorrents createTorrents;
        private FollowJobs followJobs;
        private ManageSettings manageSettings;
        private CopyMagnets copyMagnets;
        private ManageFeeds manageFeeds;
        private RenameLabels renameLabels;
        private ManageThrottles manageThrottles;
        private Optional<ManageSeedingRules> seedingRules = Optional.empty();
        private Optional<ManageSchedule> schedule = Optional.empty();
        private ShowDiskSpace diskSpace;
        private Optional<ManageWatchFolders> watchFolders = Optional.empty();
        private Optional<ManageWebhooks> webhooks = Optional.empty();

        private Builder() {}

        public Builder requests(SendRequests requests) {
            this.requests = requests;
            return this;
        }

        public Builder listTargets(ListTargets listTargets) {
            this.listTargets = listTargets;
            return this;
        }

        public Builder listTorrents(ListTorrents listTorrents) {
            this.listTorrents = listTorrents;
            return this;
        }

        public Builder showTorrent(ShowTorrent showTorrent) {
            this.showTorrent = showTorrent;
            return this;
        }

        public Builder controlTorrents(ControlTorrents controlTorrents) {
            this.controlTorrents = controlTorrents;
            return this;
        }

        public Builder addTorrents(AddTorrents addTorrents) {
            this.addTorrents = addTorrents;
            return this;
        }

        public Builder checkHealth(CheckHealth checkHealth) {
            this.checkHealth = checkHealth;
            return this;
        }

        public Builder watchTorrents(WatchTorrents watchTorrents) {
            this.watchTorrents = watchTorrents;
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

        public Builder readAudit(ReadAudit readAudit) {
            this.readAudit = readAudit;
            return this;
        }

        public Builder removeData(RemoveData removeData) {
            this.removeData = removeData;
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

        public Builder manageSettings(ManageSettings manageSettings) {
            this.manageSettings = manageSettings;
            return this;
        }

        public Builder copyMagnets(CopyMagnets copyMagnets) {
            this.copyMagnets = copyMagnets;
            return this;
        }

        public Builder manageFeeds(ManageFeeds manageFeeds) {
            this.manageFeeds = manageFeeds;
            return this;
        }

        public Builder renameLabels(RenameLabels renameLabels) {
            this.renameLabels = renameLabels;
            return this;
        }

        public Builder manageThrottles(ManageThrottles manageThrottles) {
            this.manageThrottles = manageThrottles;
            return this;
        }

        /** Without it, the automation routes are not there (tests of other parts leave it out). */
        public Builder seedingRules(ManageSeedingRules seedingRules) {
            this.seedingRules = Optional.of(seedingRules);
            return this;
        }

        public Builder schedule(ManageSchedule schedule) {
            this.schedule = Optional.of(schedule);
            return this;
        }

        public Builder diskSpace(ShowDiskSpace diskSpace) {
            this.diskSpace = diskSpace;
            return this;
        }

        public Builder watchFolders(ManageWatchFolders watchFolders) {
            this.watchFolders = Optional.of(watchFolders);
            return this;
        }

        public Builder webhooks(ManageWebhooks webhooks) {
            this.webhooks = Optional.of(webhooks);
            return this;
        }

        public ApiPorts build() {
            return new ApiPorts(
                    requests,
                    listTargets,
                    listTorrents,
                    showTorrent,
                    controlTorrents,
                    addTorrents,
                    checkHealth,
                    watchTorrents,
                    authenticate,
                    sessions,
                    readAudit,
                    removeData,
                    moveData,
                    createTorrents,
                    followJobs,
                    manageSettings,
                    copyMagnets,
                    manageFeeds,
                    renameLabels,
                    manageThrottles,
                    seedingRules,
                    schedule,
                    diskSpace,
                    watchFolders,
                    webhooks);
        }
    }
}
