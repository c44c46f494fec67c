package io.pyrotorrent.domain.model.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.model.InfoHash;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void everyScope_hasUniqueNamesAndItsOwnFieldsOnly() {
        for (Scope scope : Scope.values()) {
            List<Field<?>> fields = FieldCatalog.all(scope);
            assertThat(fields).isNotEmpty().allMatch(f -> f.scope() == scope);
            assertThat(new HashSet<>(fields.stream().map(Field::name).toList())).hasSameSizeAs(fields);
        }
    }

    @Test
    void catalog_findsFieldsByName() {
        assertThat(FieldCatalog.find(Scope.TORRENT, "size_bytes")).contains(TorrentFields.SIZE_BYTES);
        assertThat(FieldCatalog.find(Scope.TORRENT, "execute")).isEmpty();
    }

    @Test
    void row_givesTypedValuesOfRequestedFieldsOnly() {
        Columns columns = Columns.of(List.of(TorrentFields.HASH, TorrentFields.NAME));
        InfoHash hash = InfoHash.of("AB".repeat(20));

        Row row = columns.row(hash, "ubuntu.iso");

        assertThat(row.get(TorrentFields.NAME)).isEqualTo("ubuntu.iso");
        assertThat(row.get(TorrentFields.HASH)).isEqualTo(hash);
        assertThatThrownBy(() -> row.get(TorrentFields.SIZE_BYTES)).hasMessageContaining("was not requested");
    }

    @Test
    void aRowOfEveryTorrentField_findsEachFieldOfEveryScopeOrSaysItWasNotRequested() {
        var values = TorrentFields.ALL.stream().map(f -> sample(f.kind())).toArray();
        Row whole = Columns.of(TorrentFields.ALL).row(values);

        for (int i = 0; i < TorrentFields.ALL.size(); i++) {
            assertThat((Object) whole.get(TorrentFields.ALL.get(i))).isSameAs(values[i]);
        }
        for (Scope scope : Scope.values()) {
            for (Field<?> field : FieldCatalog.all(scope)) {
                assertThat(whole.has(field)).as(field.toString()).isEqualTo(TorrentFields.ALL.contains(field));
            }
        }
    }

    @Test
    void aSelection_isARowOfTheChosenColumns_inTheirOrder() {
        Columns columns = Columns.of(List.of(TorrentFields.HASH, TorrentFields.NAME, TorrentFields.SIZE_BYTES));
        InfoHash hash = InfoHash.of("CD".repeat(20));
        Row row = columns.row(hash, "debian.iso", 42L);
        Columns chosen = Columns.of(List.of(TorrentFields.SIZE_BYTES, TorrentFields.HASH));

        Row selected = row.select(chosen);

        assertThat(selected).isEqualTo(chosen.row(42L, hash));
        assertThat(row.select(columns)).isSameAs(row);
        assertThatThrownBy(() -> row.select(Columns.of(List.of(TorrentFields.LABEL))))
                .hasMessageContaining("was not requested");
    }

    private static Object sample(ValueKind kind) {
        return switch (kind) {
            case TEXT -> "text";
            case NUMBER -> 7L;
            case FLAG -> Boolean.TRUE;
            case RATIO -> 1.5;
            case TIME -> java.util.Optional.<java.time.Instant>empty();
            case TEXT_LIST -> List.of("a");
            case HASH -> InfoHash.of("EF".repeat(20));
            case LABEL -> io.pyrotorrent.domain.model.Label.of("linux");
            case TORRENT_PRIORITY -> io.pyrotorrent.domain.model.TorrentPriority.values()[0];
            case FILE_PRIORITY -> io.pyrotorrent.domain.model.FilePriority.values()[0];
        };
    }

    @Test
    void columns_refuseMixedScopesDuplicatesAndWrongTypes() {
        assertThatThrownBy(() -> Columns.of(List.of(TorrentFields.NAME, FileFields.PATH)))
                .hasMessageContaining("share a scope");
        assertThatThrownBy(() -> Columns.of(List.of(TorrentFields.NAME, TorrentFields.NAME)))
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> Columns.of(List.of(TorrentFields.NAME)).row(42L))
                .hasMessageContaining("holds a String");
    }

    @Test
    void aQuery_refusesFieldsOfAnotherScope() {
        assertThatThrownBy(() -> io.pyrotorrent.domain.model.request.TorrentListQuery.of(
                        io.pyrotorrent.domain.model.ViewName.MAIN, FileFields.PATH))
                .hasMessage("TorrentListQuery takes torrent fields, not [file.path]");
    }

    @Test
    void everyKind_namesTheJavaTypeOfItsValues() {
        assertThat(Arrays.stream(ValueKind.values()).map(ValueKind::javaType)).doesNotContainNull();
    }
}
