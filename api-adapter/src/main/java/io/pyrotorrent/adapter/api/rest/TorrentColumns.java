package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.ValueKind;
import io.pyrotorrent.domain.model.listing.TorrentState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The REST API's names for torrent fields: the domain's names, a few friendlier aliases
 * (done_bytes, peers, seeders) and "state", one word derived from the state flags. A request names
 * the ones it wants, and only those are fetched from rTorrent.
 */
public final class TorrentColumns {

    public static final String STATE = "state";
    public static final List<String> DEFAULT =
            List.of("hash", "name", STATE, "size_bytes", "done_bytes", "down_rate", "up_rate", "ratio", "label");

    private static final Map<String, Field<?>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("hash", TorrentFields.HASH);
        FIELDS.put("name", TorrentFields.NAME);
        FIELDS.put(STATE, null);
        FIELDS.put("size_bytes", TorrentFields.SIZE_BYTES);
        FIELDS.put("done_bytes", TorrentFields.COMPLETED_BYTES);
        FIELDS.put("left_bytes", TorrentFields.LEFT_BYTES);
        FIELDS.put("up_rate", TorrentFields.UP_RATE);
        FIELDS.put("down_rate", TorrentFields.DOWN_RATE);
        FIELDS.put("up_total", TorrentFields.UP_TOTAL);
        FIELDS.put("down_total", TorrentFields.DOWN_TOTAL);
        FIELDS.put("ratio", TorrentFields.RATIO);
        FIELDS.put("complete", TorrentFields.COMPLETE);
        FIELDS.put("active", TorrentFields.ACTIVE);
        FIELDS.put("open", TorrentFields.OPEN);
        FIELDS.put("hashing", TorrentFields.HASHING);
        FIELDS.put("hash_checking", TorrentFields.HASH_CHECKING);
        FIELDS.put("hash_checked", TorrentFields.HASH_CHECKED);
        FIELDS.put("hashing_failed", TorrentFields.HASHING_FAILED);
        FIELDS.put("message", TorrentFields.MESSAGE);
        FIELDS.put("label", TorrentFields.LABEL);
        FIELDS.put("priority", TorrentFields.PRIORITY);
        FIELDS.put("peers", TorrentFields.PEERS_CONNECTED);
        FIELDS.put("seeders", TorrentFields.PEERS_COMPLETE);
        FIELDS.put("directory", TorrentFields.DIRECTORY);
        FIELDS.put("base_path", TorrentFields.BASE_PATH);
        FIELDS.put("loaded_file", TorrentFields.LOADED_FILE);
        FIELDS.put("created", TorrentFields.CREATED);
        FIELDS.put("started", TorrentFields.STARTED);
        FIELDS.put("finished", TorrentFields.FINISHED);
        FIELDS.put("size_files", TorrentFields.SIZE_FILES);
        FIELDS.put("size_chunks", TorrentFields.SIZE_CHUNKS);
        FIELDS.put("completed_chunks", TorrentFields.COMPLETED_CHUNKS);
        FIELDS.put("views", TorrentFields.VIEWS);
        FIELDS.put("throttle", TorrentFields.THROTTLE);
    }

    private final List<String> names;

    /** The names asked for, in the order the rows carry them. */
    public List<String> names() {
        return names;
    }

    private TorrentColumns(List<String> names) {
        this.names = List.copyOf(names);
    }

    public static List<String> allNames() {
        return List.copyOf(FIELDS.keySet());
    }

    /** The columns named in "a,b,c" (the defaults when absent); the hash always comes first. */
    public static TorrentColumns parse(Optional<List<String>> requested) {
        var names = new LinkedHashSet<String>();
        names.add("hash");
        for (String name : requested.orElse(DEFAULT)) {
            if (!FIELDS.containsKey(name)) {
                throw ApiError.badRequest("fields: unknown field '" + QueryParams.abbreviate(name) + "'; fields are "
                        + String.join(", ", FIELDS.keySet()));
            }
            names.add(name);
        }
        return new TorrentColumns(new ArrayList<>(names));
    }

    public static TorrentColumns all() {
        return new TorrentColumns(allNames());
    }

    /** The fields to fetch; "state" adds the flags it is derived from. */
    public List<Field<?>> fields() {
        var fields = new LinkedHashSet<Field<?>>();
        for (String name : names) {
            if (name.equals(STATE)) {
                fields.addAll(TorrentState.FIELDS);
            } else {
                fields.add(FIELDS.get(name));
            }
        }
        return List.copyOf(fields);
    }

    /** A field to sort by: any but "state" and the list-valued ones. */
    public static Field<?> sortable(String name) {
        Field<?> field = FIELDS.get(name);
        if (field == null || field.kind() == ValueKind.TEXT_LIST) {
            throw ApiError.badRequest("sort: cannot sort by '" + QueryParams.abbreviate(name) + "'; sort by one of "
                    + String.join(
                            ", ",
                            FIELDS.entrySet().stream()
                                    .filter(e ->
                                            e.getValue() != null && e.getValue().kind() != ValueKind.TEXT_LIST)
                                    .map(Map.Entry::getKey)
                                    .toList()));
        }
        return field;
    }

    public boolean wants(String name) {
        return names.contains(name);
    }

    /** The REST name of a domain field, if these columns show it. */
    public Optional<String> nameOf(Field<?> field) {
        return names.stream().filter(name -> FIELDS.get(name) == field).findFirst();
    }

    public ObjectNode row(Row row) {
        ObjectNode json = Json.object();
        for (String name : names) {
            if (name.equals(STATE)) {
                json.put(STATE, TorrentState.of(row).label());
            } else {
                Field<?> field = FIELDS.get(name);
                json.set(name, TypedValues.of(field, row.get(field)));
            }
        }
        return json;
    }
}
