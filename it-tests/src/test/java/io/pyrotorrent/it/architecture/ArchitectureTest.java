package io.pyrotorrent.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.pyrotorrent.adapter.api.Api;
import io.pyrotorrent.adapter.api.ApiErrors;
import io.pyrotorrent.adapter.api.ApiPorts;
import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTripListener;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.adapter.store.Store;
import io.pyrotorrent.adapter.store.StoreException;
import io.pyrotorrent.adapter.web.ErrorPages;
import io.pyrotorrent.adapter.web.WebOptions;
import io.pyrotorrent.adapter.web.WebPorts;
import io.pyrotorrent.adapter.web.WebUi;
import java.util.List;
import org.assertj.core.api.Assertions;

/**
 * The walls of the hexagon (see ARCHITECTURE.md). Maven module dependencies keep most of them;
 * these rules keep them a second time and hold the ones modules cannot express. Every rule fails
 * when its package pattern matches nothing (failOnEmptyShould, and the check of named packages).
 */
@AnalyzeClasses(packages = "io.pyrotorrent", importOptions = ProductionClasses.class)
class ArchitectureTest {

    static final String MODEL = "io.pyrotorrent.domain.model..";
    static final String PORTS = "io.pyrotorrent.domain.port..";
    static final String INBOUND_PORTS = "io.pyrotorrent.domain.port.in..";
    static final String OUTBOUND_PORTS = "io.pyrotorrent.domain.port.out..";
    static final String SERVICES = "io.pyrotorrent.domain.service..";
    /** The live mirror of each rTorrent: a domain service, filled through the outbound port. */
    static final String MIRROR = "io.pyrotorrent.domain.mirror..";
    /** Moving data, creating torrents, and the job registry both report to: domain services by feature. */
    static final String MOVE = "io.pyrotorrent.domain.move..";

    static final String CREATE = "io.pyrotorrent.domain.create..";
    static final String JOB = "io.pyrotorrent.domain.job..";
    /** Client settings: a use case of its own, beside the services. */
    static final String SETTINGS = "io.pyrotorrent.domain.settings..";
    /** Magnet links: a use case of its own, beside the services. */
    static final String MAGNET = "io.pyrotorrent.domain.magnet..";

    static final String RSS = "io.pyrotorrent.domain.rss..";
    /** Seeding rules, the bandwidth schedule...: domain services that run with nobody logged in. */
    static final String AUTOMATION = "io.pyrotorrent.domain.automation..";
    /** The speed graphs' rate history: a domain service behind the ShowRates port. */
    static final String RATES = "io.pyrotorrent.domain.rates..";
    /** Free space of each target's download directory: a domain service behind the ShowDiskSpace port. */
    static final String DISK = "io.pyrotorrent.domain.disk..";

    static final String RTORRENT = "io.pyrotorrent.adapter.rtorrent..";
    static final String WEB = "io.pyrotorrent.adapter.web..";
    static final String API = "io.pyrotorrent.adapter.api..";
    /** What pyroTorrent remembers (SQLite): an adapter like the others, behind SessionStore and AuditLog. */
    static final String STORE = "io.pyrotorrent.adapter.store..";

    static final String APP = "io.pyrotorrent.app..";
    static final String CLI = "io.pyrotorrent.app.cli..";

    @ArchTest
    static final ArchRule onion = onionArchitecture()
            // No application-services layer here: use cases live in the domain. Empty layers are
            // caught by everyNamedPackageHasClasses below instead.
            .withOptionalLayers(true)
            .domainModels(MODEL)
            .domainServices(PORTS, SERVICES, MIRROR, MOVE, CREATE, JOB, SETTINGS, MAGNET, RSS, AUTOMATION, RATES, DISK)
            .adapter("rtorrent", RTORRENT)
            .adapter("web", WEB)
            .adapter("api", API)
            .adapter("store", STORE)
            // app, the composition root, stays outside the onion: it wires the adapters, so it sees them all.
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(APP), DescribedPredicate.alwaysTrue());

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = classes()
            .that()
            .resideInAPackage("io.pyrotorrent.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.pyrotorrent.domain..", "")
            .because("the domain is the pure core: JDK only");

    @ArchTest
    static final ArchRule adaptersUseInboundPortsNotServices = noClasses()
            .that()
            .resideInAnyPackage(WEB, API)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SERVICES, MIRROR, MOVE, CREATE, JOB, SETTINGS, MAGNET, RSS, AUTOMATION, RATES, DISK)
            .because("adapters call use cases through inbound ports");

    /**
     * The rtorrent adapter has sub-packages (plan, codec.xmlrpc, transport, fault) whose classes are
     * public only to reach each other; from outside, only its entry is used: the client, the settings
     * it is connected with and the round trips it reports.
     */
    @ArchTest
    static final ArchRule rtorrentAdapterIsUsedOnlyThroughItsEntry = noClasses()
            .that()
            .resideOutsideOfPackage(RTORRENT)
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage(RTORRENT)
                    .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(
                            RtorrentClient.class, TransportSettings.class, RoundTrip.class, RoundTripListener.class))))
            .because("the rtorrent adapter's internals change freely behind its entry");

    @ArchTest
    static final ArchRule cliUsesInboundPortsNotServices = noClasses()
            .that()
            .resideInAPackage(CLI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SERVICES, MOVE, CREATE, JOB, AUTOMATION, RATES, DISK)
            .because("a CLI command is one more caller of the use cases, like a page");

    @ArchTest
    static final ArchRule outboundPortsAreInterfaces = classes()
            .that()
            .resideInAPackage(OUTBOUND_PORTS)
            .and()
            .areTopLevelClasses()
            .should()
            .beInterfaces()
            .because("an outbound port is what an adapter implements; shared state belongs to the services");

    @ArchTest
    static final ArchRule webAndApiNeverUseOutboundPorts = noClasses()
            .that()
            .resideInAnyPackage(WEB, API)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(OUTBOUND_PORTS)
            .because("the web and API adapters go through the use cases, which hold the policies");

    /** The API adapter's one public entry; everything else in it is its own business. */
    static final DescribedPredicate<JavaClass> API_INTERNALS = JavaClass.Predicates.resideInAPackage(API)
            .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(Api.class, ApiPorts.class, ApiErrors.class)))
            .as("are API adapter classes other than its entry (Api, ApiPorts, ApiErrors)");

    @ArchTest
    static final ArchRule apiUsedOnlyThroughItsEntry = noClasses()
            .that()
            .resideOutsideOfPackage(API)
            .should()
            .dependOnClassesThat(API_INTERNALS)
            .because("the API adapter's sub-packages are split by feature for its own sake, not for others to use");

    /** The web adapter's public entry. */
    static final DescribedPredicate<JavaClass> WEB_INTERNALS = JavaClass.Predicates.resideInAPackage(WEB)
            .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(
                    WebUi.class, WebPorts.class, WebOptions.class, ErrorPages.class)))
            .as("are web adapter classes other than its entry (WebUi, WebPorts, WebOptions, ErrorPages)");

    @ArchTest
    static final ArchRule webUsedOnlyThroughItsEntry = noClasses()
            .that()
            .resideOutsideOfPackage(WEB)
            .should()
            .dependOnClassesThat(WEB_INTERNALS)
            .because("the web adapter is used through its entry only");

    @ArchTest
    static final ArchRule storeUsedOnlyThroughItsEntry = noClasses()
            .that()
            .resideOutsideOfPackage(STORE)
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage(STORE)
                    .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(Store.class, StoreException.class))))
            .because("the store's tables and SQL change freely behind its entry");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("io.pyrotorrent.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noStandardStreams = noClasses()
            .that()
            .resideOutsideOfPackage("io.pyrotorrent.app.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("logging goes through SLF4J; only the CLI prints its own output");

    @ArchTest
    static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    /** noClasses() rules pass vacuously when the package they forbid is gone; this keeps them honest. */
    @ArchTest
    static void everyNamedPackageHasClasses(JavaClasses classes) {
        for (String pattern : List.of(
                MODEL,
                PORTS,
                INBOUND_PORTS,
                OUTBOUND_PORTS,
                SERVICES,
                MIRROR,
                MOVE,
                CREATE,
                JOB,
                RSS,
                AUTOMATION,
                RATES,
                DISK,
                RTORRENT,
                WEB,
                API,
                STORE,
                APP,
                CLI)) {
            Assertions.assertThat(classes.that(JavaClass.Predicates.resideInAPackage(pattern)))
                    .as(pattern)
                    .isNotEmpty();
        }
    }
}
