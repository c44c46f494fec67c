package io.pyrotorrent.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.model.disk.DiskUsage;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header's free space: per target whose files are visible here, on every page, loud when low. */
class HeaderDiskTest {

    private static final long GIB = 1L << 30;

    @TempDir
    Path root;

    @Test
    void aMappedTarget_showsItsFreeSpace_onEveryPage_andOneWithoutAMappingShowsNothing() {
        try (var ui = RunningWebUi.withStorage(root)) {
            ui.disk = Optional.of(new DiskUsage(412 * GIB, 1000 * GIB));

            String overview = ui.browser().get("").body();
            String audit = ui.browser().get("audit").body();

            for (String page : new String[] {overview, audit}) {
                assertThat(page)
                        .contains("data-disk-target=\"seedbox\" title=\"seedbox: 412 GiB free of 1000 GiB (41%)\"")
                        .contains("<span class=\"disk-label\">412 GiB free</span>")
                        .contains("<span class=\"disk-brief\" aria-hidden=\"true\">412G</span>")
                        .doesNotContain("data-disk-target=\"nas\"", "disk-low\"");
            }
        }
    }

    @Test
    void belowTheThreshold_theChipIsFlaggedLow_forEyesAndScreenReaders() {
        try (var ui = RunningWebUi.withStorage(root)) {
            ui.disk = Optional.of(new DiskUsage(4 * GIB, 100 * GIB));

            String page = ui.browser().get("").body();

            assertThat(page)
                    .contains("class=\"disk disk-low disk-tightest\" data-disk-target=\"seedbox\"")
                    .contains("title=\"seedbox: 4.00 GiB free of 100 GiB (4%), low on space\"")
                    .contains("<span class=\"visually-hidden disk-low-note\">, low on space</span>");
        }
    }

    @Test
    void noVisibleDisk_noChipAtAll() {
        try (var ui = RunningWebUi.start()) {
            ui.disk = Optional.of(new DiskUsage(4 * GIB, 100 * GIB));

            assertThat(ui.browser().get("").body()).doesNotContain("disk-space");
        }
    }

    @Test
    void withSeveralVisible_eachChipNamesItsTarget() {
        var disks = HeaderDisk.of(java.util.List.of(
                new io.pyrotorrent.domain.model.disk.TargetDisk(
                        io.pyrotorrent.domain.model.TargetName.of("a"),
                        Optional.of(new DiskUsage(GIB, 2 * GIB)),
                        false),
                new io.pyrotorrent.domain.model.disk.TargetDisk(
                        io.pyrotorrent.domain.model.TargetName.of("b"),
                        Optional.of(new DiskUsage(GIB, 2 * GIB)),
                        false),
                io.pyrotorrent.domain.model.disk.TargetDisk.unknown(io.pyrotorrent.domain.model.TargetName.of("c"))));

        assertThat(disks).extracting(HeaderDisk::label).containsExactly("a 1.00 GiB free", "b 1.00 GiB free");
    }

    @Test
    void aPhoneShowsTheTightestDisk_aLowOneFirst_elseTheSmallestShareFree() {
        var roomy = disk("roomy", 90, 100, false);
        var tight = disk("tight", 200, 1000, false);
        var low = disk("low", 50, 100, true);

        assertThat(HeaderDisk.of(java.util.List.of(roomy, tight)))
                .extracting(HeaderDisk::target, HeaderDisk::tightest)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("roomy", false),
                        org.assertj.core.groups.Tuple.tuple("tight", true));
        assertThat(HeaderDisk.of(java.util.List.of(roomy, tight, low)))
                .filteredOn(HeaderDisk::tightest)
                .extracting(HeaderDisk::target)
                .containsExactly("low");
    }

    @Test
    void theBriefForm_fitsAPhone() {
        assertThat(HeaderDisk.brief(412 * GIB)).isEqualTo("412G");
        assertThat(HeaderDisk.brief(GIB + GIB / 5)).isEqualTo("1.2G");
        assertThat(HeaderDisk.brief(1536 * GIB)).isEqualTo("1.5T");
        assertThat(HeaderDisk.brief(512L << 20)).isEqualTo("512M");
        assertThat(HeaderDisk.brief(900)).isEqualTo("900B");
    }

    private static io.pyrotorrent.domain.model.disk.TargetDisk disk(String name, long free, long total, boolean low) {
        return new io.pyrotorrent.domain.model.disk.TargetDisk(
                io.pyrotorrent.domain.model.TargetName.of(name), Optional.of(new DiskUsage(free, total)), low);
    }
}
