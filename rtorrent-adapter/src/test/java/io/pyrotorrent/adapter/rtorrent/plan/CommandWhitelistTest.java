package io.pyrotorrent.adapter.rtorrent.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.TrackerUrl;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.FieldCatalog;
import io.pyrotorrent.domain.model.field.Scope;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.ChangeCountQuery;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FilteredQuery;
import io.pyrotorrent.domain.model.request.LoadedAfterQuery;
import io.pyrotorrent.domain.model.request.ThrottleQuery;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.domain.model.request.ViewSizesQuery;
import io.pyrotorrent.domain.model.settings.Setting;
import io.pyrotorrent.domain.model.settings.SettingKind;
import io.pyrotorrent.domain.model.throttle.ThrottleGroup;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An rTorrent connection is a shell: everything pyroTorrent can ever send is planned from the
 * closed Command family and the field table, and none of it is a command that runs programs,
 * defines commands, imports files or stops rTorrent. The one exception, the mirror's change count,
 * is held to an exact list of constant calls.
 */
class CommandWhitelistTest {

    /** What rTorrent can be made to do that would hand over the host. */
    private static final Pattern DANGEROUS =
            Pattern.compile("^(execute|system\\.shutdown|method\\.|import|try_import|schedule|event\\.|ui\\.|"
                    + "network\\.scgi|network\\.xmlrpc\\.[a-z_.]*set|session\\.save|log\\.|load\\.(raw_verbose|verbose)|"
                    + "[fpt]\\.multicall\\.filtered|branch|if|catch|system\\.file|print).*");

    private static final InfoHash HASH = TestTorrent.unique("whitelist").hash();

    /** One instance of every command there is; {@link #everyCommandType_isCovered} keeps it complete. */
    private static List<Command> everyCommand() {
        return List.of(
                new Command.Open(HASH),
                new Command.Close(HASH),
                new Command.Start(HASH),
                new Command.Stop(HASH),
                new Command.Pause(HASH),
                new Command.Resume(HASH),
                new Command.CheckHash(HASH),
                new Command.Erase(HASH),
                new Command.SetTorrentPriority(HASH, TorrentPriority.HIGH),
                new Command.SetFilePriority(HASH, 0, FilePriority.values()[0]),
                new Command.SetLabel(HASH, Label.of("a label; execute=rm")),
                new Command.AddTracker(HASH, TrackerUrl.of("http://t.example/announce?x=;execute=sh")),
                new Command.SetTrackerEnabled(HASH, 0, false),
                new Command.Reannounce(HASH),
                new Command.SetGlobalUpLimit(1024),
                new Command.SetGlobalDownLimit(1024),
                new Command.AddTorrent(
                        new TorrentSource.FileBytes(TestTorrent.unique("f").bytes()),
                        true,
                        Label.of("x\"; execute.throw=sh"),
                        Optional.of(DownloadDirectory.of("/data/x y"))),
                new Command.AddTorrent(
                        new TorrentSource.FileBytes(TestTorrent.unique("g").bytes()),
                        false,
                        Label.NONE,
                        Optional.empty()),
                new Command.AddTorrent(
                        new TorrentSource.Magnet("magnet:?xt=urn:btih:" + HASH.hex() + "&tr=http://t/a"),
                        true,
                        Label.NONE,
                        Optional.empty()),
                new Command.AddTorrent(
                        new TorrentSource.Magnet("magnet:?xt=urn:btih:" + HASH.hex() + "&tr=http://t/a"),
                        false,
                        Label.NONE,
                        Optional.empty()),
                new Command.AddTorrent(
                        new TorrentSource.Url(URI.create("https://example.org/a.torrent")),
                        true,
                        Label.NONE,
                        Optional.empty()),
                // Appended, not inserted: tests below pick commands by index.
                new Command.SetDirectory(HASH, DownloadDirectory.of("/data/moved to"), true),
                new Command.SetDirectory(HASH, DownloadDirectory.of("/data/moved to"), false),
                new Command.ChangeSetting(Setting.MAX_PEERS.parse("150")),
                new Command.SetThrottleGroup(HASH, Optional.of(ThrottleName.of("slow"))),
                new Command.SetThrottleGroup(HASH, Optional.empty()),
                new Command.DefineThrottleGroup(new ThrottleGroup(ThrottleName.of("slow"), 100, 0)));
    }

    /** Every setting: a caller picks one of a closed list, and each plans to its own fixed setter. */
    @Test
    void everySetting_plansToItsOwnFixedSetter_andNothingElse() {
        var setters = new ArrayList<String>();
        for (Setting setting : Setting.values()) {
            String value = sample(setting.kind());
            var calls = StepPlanner.plan(new Command.ChangeSetting(setting.parse(value)))
                    .calls();
            assertThat(calls).hasSize(1);
            setters.add(calls.get(0).method());
        }

        assertThat(setters)
                .doesNotHaveDuplicates()
                .allMatch(name -> name.endsWith(".set"))
                .noneMatch(name -> DANGEROUS.matcher(name).matches());
        assertThat(setters).hasSize(Setting.values().length);
    }

    @Test
    void everyCommandType_isCovered() {
        var covered = new HashSet<Class<?>>();
        everyCommand().forEach(command -> covered.add(command.getClass()));

        assertThat(covered).containsAll(leaves(Command.class));
    }

    @Test
    void noCommandOrField_canSendAnythingThatRunsProgramsOrRedefinesRtorrent() {
        var methods = new ArrayList<String>();
        var nested = new ArrayList<String>();
        for (Command command : everyCommand()) {
            for (Call call : StepPlanner.plan(command).calls()) {
                methods.add(call.method());
                // A load's parameters after (target, source) are commands rTorrent runs on the new download.
                for (int i = 2; call.method().startsWith("load.") && i < call.params().length; i++) {
                    String text = (String) call.params()[i];
                    nested.add(text.substring(0, text.indexOf('=')));
                }
            }
        }
        for (Scope scope : Scope.values()) {
            FieldCatalog.all(scope).forEach(field -> methods.add(CommandTable.getter(field)));
        }
        StepPlanner.plan(TorrentListQuery.of(ViewName.MAIN, FieldCatalog.all(Scope.TORRENT)))
                .calls()
                .forEach(call -> methods.add(call.method()));
        for (Setting setting : Setting.values()) {
            methods.add(CommandTable.setter(setting));
        }
        StepPlanner.plan(ClientQuery.of(FieldCatalog.all(Scope.CLIENT)))
                .calls()
                .forEach(call -> methods.add(call.method()));
        StepPlanner.plan(new ThrottleQuery(ThrottleName.of("slow")))
                .calls()
                .forEach(call -> methods.add(call.method()));
        StepPlanner.plan(new ViewSizesQuery(List.of(ViewName.MAIN, new ViewName("started"))))
                .calls()
                .forEach(call -> methods.add(call.method()));
        StepPlanner.plan(FilteredQuery.transferring(ViewName.MAIN, FieldCatalog.all(Scope.TORRENT)))
                .calls()
                .forEach(call -> methods.add(call.method()));
        StepPlanner.plan(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH))
                .calls()
                .forEach(call -> methods.add(call.method()));

        assertThat(methods)
                .isNotEmpty()
                .noneMatch(name -> DANGEROUS.matcher(name).matches());
        // What a load runs on the new download: only these two setters, values made harmless by their types.
        assertThat(Set.copyOf(nested)).containsExactlyInAnyOrder("d.custom1.set", "d.directory.set");
    }

    /**
     * A row's arguments are commands too: each is a getter of the table, and the one nesting
     * (a torrent's tracker URLs) names only t.multicall and t.url.
     */
    @Test
    void everyArgumentOfATorrentRow_isAGetter_andTheOnlyNestedCommandIsTUrl() {
        var call = StepPlanner.plan(TorrentListQuery.of(ViewName.MAIN, FieldCatalog.all(Scope.TORRENT)))
                .calls()
                .get(0);
        var commands = new ArrayList<String>();
        for (int i = 2; i < call.params().length; i++) {
            for (String part : ((String) call.params()[i]).split(",")) {
                if (!part.isEmpty()) {
                    commands.add(part.substring(0, part.indexOf('=')));
                }
            }
        }

        assertThat(commands).noneMatch(name -> DANGEROUS.matcher(name).matches());
        assertThat(commands).filteredOn(name -> !name.startsWith("d.")).containsExactly("t.multicall", "t.url");
    }

    /**
     * d.multicall.filtered runs its predicate as a command on every torrent, so it is planned with
     * one constant predicate per filter (a rate above zero, two getters; a message, one getter) and
     * nothing of a request in it.
     */
    @ParameterizedTest
    @EnumSource(FilteredQuery.Filter.class)
    void eachFilteredMulticall_hasAConstantPredicateOfGetters_andGettersAsArguments(FilteredQuery.Filter filter) {
        var call = StepPlanner.plan(
                        new FilteredQuery(ViewName.MAIN, filter, Columns.of(FieldCatalog.all(Scope.TORRENT))))
                .calls()
                .get(0);

        assertThat(call.method()).isEqualTo("d.multicall.filtered");
        String expected = switch (filter) {
            case TRANSFERRING -> "or={d.up.rate=,d.down.rate=}";
            case WITH_MESSAGE -> "d.message=";
        };
        assertThat(call.params()[2]).isEqualTo(expected);
        var getters = new HashSet<String>();
        for (Scope scope : Scope.values()) {
            FieldCatalog.all(scope).forEach(field -> getters.add(CommandTable.getter(field)));
        }
        assertThat(List.of("d.up.rate", "d.down.rate", "d.message")).allMatch(getters::contains);
        for (int i = 3; i < call.params().length; i++) {
            String argument = (String) call.params()[i];
            assertThat(argument.substring(0, argument.indexOf('=')))
                    .satisfiesAnyOf(
                            name -> assertThat(getters).contains(name),
                            name -> assertThat(name).isEqualTo("t.multicall"));
        }
    }

    /** The one filtered multicall with a number in its predicate: the number is the query's long, nothing else. */
    @Test
    void theLookForLoads_hasAConstantPredicate_withOnlyTheQuerysSecondInIt() {
        var call = StepPlanner.plan(LoadedAfterQuery.of(ViewName.MAIN, 1_796_559_483L, List.of(TorrentFields.HASH)))
                .calls()
                .get(0);

        assertThat(call.method()).isEqualTo("d.multicall.filtered");
        assertThat(call.params()).containsExactly("", "main", "greater=d.load_date=,value=1796559483", "d.hash=");
        assertThatThrownBy(() -> LoadedAfterQuery.of(ViewName.MAIN, -1, List.of(TorrentFields.HASH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    /**
     * The one step that defines something in rTorrent, so it is held to an exact list: a value
     * named for pyroTorrent, and on rTorrent's insert and erase events a handler that adds one to
     * that value and does nothing else. Nothing of a request can reach it: the query is a flag.
     */
    @Test
    void theChangeCount_definesOnlyItsOwnValue_andAHandlerThatAddsOneToIt() {
        var install = StepPlanner.plan(ChangeCountQuery.INSTALL).calls();
        var read = StepPlanner.plan(ChangeCountQuery.READ).calls();

        String addOne = "pyrotorrent.changes.set=(math.add,(pyrotorrent.changes),1)";
        assertThat(install)
                .extracting(call -> call.method() + List.of(call.params()))
                .containsExactly(
                        "method.insert[, pyrotorrent.changes, value, 0]",
                        "method.set_key[, event.download.inserted, pyrotorrent_changes, " + addOne + "]",
                        "method.set_key[, event.download.erased, pyrotorrent_changes, " + addOne + "]",
                        "pyrotorrent.changes[]");
        assertThat(read).extracting(Call::method).containsExactly("pyrotorrent.changes");
        assertThat(List.of(ChangeCountQuery.class.getRecordComponents()))
                .extracting(component -> component.getType())
                .containsExactly((Class) boolean.class);
    }

    @Test
    void throttleGroups_useOnlyTheirOwnCommands_withTheNameAsAValue() {
        var define = StepPlanner.plan(
                        new Command.DefineThrottleGroup(new ThrottleGroup(ThrottleName.of("slow"), 100, 7)))
                .calls();
        var set = StepPlanner.plan(new Command.SetThrottleGroup(HASH, Optional.of(ThrottleName.of("slow"))))
                .calls();
        var read = StepPlanner.plan(new ThrottleQuery(ThrottleName.of("slow"))).calls();

        assertThat(define).extracting(Call::method).containsExactly("throttle.up", "throttle.down");
        assertThat(define.get(0).params()).containsExactly("", "slow", "100");
        assertThat(define.get(1).params()).containsExactly("", "slow", "7");
        assertThat(set).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("d.throttle_name.set");
            assertThat(call.params()).containsExactly(HASH.hex(), "slow");
        });
        assertThat(read).extracting(Call::method).containsExactly("throttle.up.max", "throttle.down.max");
    }

    @Test
    void valuesInsideALoadsCommands_cannotCloseTheCommandAndStartAnother() {
        var add = StepPlanner.plan(everyCommand().get(16)).calls().get(0);

        assertThat(add.params()).anySatisfy(p -> assertThat(p).isEqualTo("d.directory.set=\"/data/x y\""));
        assertThat(add.params())
                .filteredOn(p -> p instanceof String s && s.startsWith("d.custom1.set="))
                .singleElement()
                .satisfies(p -> assertThat((String) p).doesNotContain("\"", ";", " "));
    }

    private static String sample(SettingKind kind) {
        if (kind instanceof SettingKind.Count count) {
            return Long.toString(count.min());
        }
        if (kind instanceof SettingKind.Choice choice) {
            return choice.choices().get(0);
        }
        if (kind instanceof SettingKind.Flags flags) {
            return flags.flags().get(1);
        }
        if (kind instanceof SettingKind.PortRange) {
            return "50000-50010";
        }
        if (kind instanceof SettingKind.Directory) {
            return "/data/x";
        }
        return "true";
    }

    private static Set<Class<?>> leaves(Class<?> sealed) {
        var found = new HashSet<Class<?>>();
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isSealed()) {
                found.addAll(leaves(sub));
            } else {
                found.add(sub);
            }
        }
        return found;
    }
}
