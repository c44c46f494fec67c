package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import io.pyrotorrent.domain.model.schedule.LimitProfile;
import io.pyrotorrent.domain.port.in.ManageSchedule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The weekly bandwidth schedule from the command line: show it, or set it. A set is kept and the
 * current hour's profile applied at once; the running server applies the later changes of hour.
 */
@Command(
        name = "schedule",
        description = "The weekly bandwidth schedule: show, set",
        subcommands = {ScheduleCommand.Show.class, ScheduleCommand.Set.class})
final class ScheduleCommand {

    @ParentCommand
    PyrotorrentCommand root;

    interface Work {
        void run(ManageSchedule schedules, TargetName target, PrintWriter out);
    }

    static int with(ScheduleCommand command, String target, CommandSpec spec, Work work) {
        try (Application app = Application.client(command.root.config())) {
            var schedules = app.services().schedule();
            var name = TargetChoice.choose(schedules.targets(Principal.LOCAL), target);
            work.run(schedules, name, spec.commandLine().getOut());
            return 0;
        }
    }

    static void print(BandwidthSchedule schedule, PrintWriter out) {
        out.println(schedule.target() + ": schedule " + (schedule.enabled() ? "on" : "off")
                + " (hours in the server's time zone)");
        for (int i = 0; i < schedule.profiles().size(); i++) {
            LimitProfile profile = schedule.profiles().get(i);
            out.println(i + " " + profile.name() + "\tup " + kib(profile.upBytesPerSecond()) + "\tdown "
                    + kib(profile.downBytesPerSecond()));
        }
        out.println("    0         1         2   ");
        out.println("    012345678901234567890123");
        ScheduleHours.grid(schedule.cells()).forEach(out::println);
    }

    private static String kib(long bytesPerSecond) {
        return bytesPerSecond == 0 ? "unlimited" : bytesPerSecond / 1024 + " KiB/s";
    }

    @Command(name = "show", description = "The target's profiles, its week hour by hour, and what holds now")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ScheduleCommand command;

        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T")
        String target;

        @Override
        public Integer call() {
            return with(command, target, spec, (schedules, name, out) -> {
                print(schedules.schedule(Principal.LOCAL, name), out);
                String now = schedules.now(Principal.LOCAL).stream()
                        .filter(n -> n.target().equals(name))
                        .map(n -> n.profile().name())
                        .findFirst()
                        .orElse("no profile (limits as they are)");
                out.println("now: " + now);
            });
        }
    }

    @Command(
            name = "set",
            description = "Set profiles (which start an empty week) and paint hours; later --at paint over earlier",
            footer = {
                "",
                "Example: schedule set --profile day=512:2048 --profile night=0:0 --at 'all 0-24=night' --at"
                        + " 'mon-fri 8-23=day'"
            })
    static final class Set implements Callable<Integer> {
        @ParentCommand
        ScheduleCommand command;

        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T")
        String target;

        @Option(
                names = "--profile",
                paramLabel = "NAME=UP:DOWN",
                description = "a profile, rates in KiB/s (0 unlimited); replaces all profiles and clears the week")
        List<String> profiles = new ArrayList<>();

        @Option(
                names = "--at",
                paramLabel = "'DAYS FROM-TO=PROFILE'",
                description = "days mon..sun, mon-fri, sat,sun or all; hours 0-24; PROFILE '-' for none")
        List<String> hours = new ArrayList<>();

        @Option(names = "--off", description = "keep the schedule but do not apply it")
        boolean off;

        @Override
        public Integer call() {
            return with(command, target, spec, (schedules, name, out) -> {
                var before = schedules.schedule(Principal.LOCAL, name);
                List<LimitProfile> newProfiles = profiles.isEmpty()
                        ? before.profiles()
                        : profiles.stream().map(ScheduleHours::profile).toList();
                var start = profiles.isEmpty() ? before.cells() : ScheduleHours.empty();
                var schedule =
                        new BandwidthSchedule(name, !off, newProfiles, ScheduleHours.paint(start, newProfiles, hours));
                schedules.save(Principal.LOCAL, schedule);
                out.println("saved:");
                print(schedules.schedule(Principal.LOCAL, name), out);
            });
        }
    }
}
