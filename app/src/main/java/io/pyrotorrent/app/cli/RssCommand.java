package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.FeedView;
import io.pyrotorrent.domain.model.rss.Verdict;
import io.pyrotorrent.domain.port.in.ManageFeeds;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * RSS feeds from the command line: list them, add one, preview what its rules take now, check
 * it now. Rules are written in the UI or the API, where the preview is live.
 */
@Command(
        name = "rss",
        description = "RSS/Atom feeds: list, add, preview, run",
        subcommands = {
            RssCommand.ListFeeds.class,
            RssCommand.AddFeed.class,
            RssCommand.Preview.class,
            RssCommand.Run.class
        })
final class RssCommand {

    @ParentCommand
    PyrotorrentCommand root;

    /** The work of one subcommand, with the feeds use case and the chosen target. */
    interface Work {
        void run(ManageFeeds feeds, TargetName target, PrintWriter out);
    }

    static int with(RssCommand rss, String target, CommandSpec spec, Work work) {
        try (Application app = Application.client(rss.root.config())) {
            var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
            work.run(app.services().manageFeeds(), name, spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "list", description = "The feeds of a target, their rules and their last check")
    static final class ListFeeds implements Callable<Integer> {
        @ParentCommand
        RssCommand rss;

        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T")
        String target;

        @Override
        public Integer call() {
            return with(rss, target, spec, (feeds, name, out) -> {
                for (FeedView view : feeds.feeds(Principal.LOCAL, name)) {
                    var feed = view.feed();
                    out.println(feed.id() + "\t" + feed.spec().name() + "\t"
                            + feed.spec().url() + "\tevery "
                            + feed.spec().interval().toMinutes() + " min\t"
                            + view.status()
                                    .error()
                                    .map(e -> "error: " + e)
                                    .orElse(view.status().items() + " items"));
                    view.rules()
                            .forEach(rule -> out.println(
                                    "\trule " + rule.id() + "\t" + rule.spec().name() + "\tinclude /"
                                            + rule.spec().include() + "/ exclude /"
                                            + rule.spec().exclude() + "/"));
                }
            });
        }
    }

    @Command(name = "add", description = "Add a feed (http or https); rules are added in the UI or the API")
    static final class AddFeed implements Callable<Integer> {
        @ParentCommand
        RssCommand rss;

        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T")
        String target;

        @Option(names = "--every", paramLabel = "MINUTES", description = "check interval, 5 to 1440 (default 15)")
        String minutes;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "URL")
        String url;

        @Override
        public Integer call() {
            return with(rss, target, spec, (feeds, t, out) -> {
                var feed = feeds.addFeed(Principal.LOCAL, t, FeedSpec.parse(name, url, minutes));
                out.println("added feed " + feed.id() + " (" + feed.spec().name() + ") to " + t);
            });
        }
    }

    @Command(name = "preview", description = "What the feed's rules would take from it now; adds nothing")
    static final class Preview implements Callable<Integer> {
        @ParentCommand
        RssCommand rss;

        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T")
        String target;

        @Parameters(paramLabel = "FEED")
        long feed;

        @Override
        public Integer call() {
            return with(rss, target, spec, (feeds, t, out) -> {
                for (var row : feeds.preview(Principal.LOCAL, t, feed, Optional.empty())) {
                    out.println((row.verdict() instanceof Verdict.Take ? "take\t" : "skip\t")
                            + row.item().title() + "\t" + row.verdict().reason());
                }
            });
        }
    }

    @Command(name = "run", description = "Check the feed now, adding what its rules take")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        RssCommand rss;

        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T")
        String target;

        @Parameters(paramLabel = "FEED")
        long feed;

        @Override
        public Integer call() {
            return with(rss, target, spec, (feeds, t, out) -> {
                var report = feeds.run(Principal.LOCAL, t, feed);
                out.println(report.error()
                        .map(e -> "feed " + feed + " could not be read: " + e)
                        .orElse("feed " + feed + ": " + report.items() + " items, " + report.added() + " added, "
                                + report.skipped() + " skipped, " + report.failed() + " failed"));
            });
        }
    }
}
