package io.pyrotorrent.it.fuzz;

import io.pyrotorrent.it.fuzz.Endpoint.Body;
import java.util.List;

/**
 * Every route the server answers, in one table: the web UI (web-adapter's WebUi), the original
 * API and the REST API (api-adapter's Api, openapi.json), health, metrics and static files. A new
 * route is one line here; the fuzz then reaches it with every kind of input (forms get a valid CSRF
 * token most of the time, and broken ones).
 */
final class Endpoints {

    private static final List<String> OVERVIEW = List.of("sort", "order", "q", "label", "offset", "limit");
    private static final List<String> LIST =
            List.of("view", "fields", "sort", "order", "q", "label", "offset", "limit");
    private static final String TORRENT = "/api/v1/targets/{target}/torrents/{hash}";
    private static final String RULES = "/api/v1/automation/seeding-rules";
    private static final String WATCH = "/api/v1/automation/watch-folders";
    private static final String HOOKS = "/api/v1/automation/webhooks";
    private static final String RULE =
            "{\"name\": \"fuzz\", \"target\": \"{target}\", \"ratio\": 2, \"action\": \"stop\", \"maxPerRun\": 1}";

    static final List<Endpoint> ALL = List.of(
            get("/login", List.of("next")),
            form("/login", "name", "password", "next"),
            form("/logout"),
            get("/", OVERVIEW),
            get("/view/{view}", OVERVIEW),
            get("/target/{target}/torrent/{hash}"),
            get("/target/{target}/torrent/{hash}/torrent_file"),
            get("/target/{target}/torrent/{hash}/file/{index}"),
            form("/target/{target}/torrent/{hash}/file/{index}/priority", "priority", "return"),
            form("/target/{target}/torrent/{hash}/folder/priority", "folder", "priority", "return"),
            form("/target/{target}/action", "action", "hash", "return", "confirm", "label", "priority"),
            get("/target/{target}/torrent/{hash}/remove_data"),
            form("/target/{target}/torrent/{hash}/trackers", "url", "return"),
            form("/target/{target}/torrent/{hash}/trackers/{index}/enabled", "enabled", "return"),
            form("/target/{target}/torrent/{hash}/reannounce", "return"),
            form("/target/{target}/torrent/{hash}/remove_data", "return"),
            form("/target/{target}/limits", "down", "up", "return"),
            form("/target/{target}/labels/rename", "rename_from", "rename_to", "return"),
            get("/target/{target}/throttles"),
            form("/target/{target}/throttles", "name", "up", "down", "return"),
            form("/target/{target}/throttle", "hash", "throttle_group", "return"),
            get("/target/{target}/settings"),
            form(
                    "/target/{target}/settings",
                    "max_peers",
                    "port_range",
                    "dht",
                    "pex",
                    "encryption",
                    "default_directory"),
            get("/target/{target}/add_torrent"),
            get("/target/{target}/move", List.of("hash")),
            form("/target/{target}/move", "hashes", "hash", "directory", "recheck", "return"),
            get("/target/{target}/create_torrent"),
            form(
                    "/target/{target}/create_torrent",
                    "path",
                    "trackers",
                    "comment",
                    "pieceSize",
                    "private",
                    "add",
                    "return"),
            get("/job/{id}"),
            get("/job/{id}/torrent"),
            new Endpoint(
                    "POST",
                    "/target/{target}/add_torrent",
                    Body.WEB_UPLOAD,
                    List.of(),
                    List.of("torrents", "urls", "magnets", "start", "label", "directory"),
                    ""),
            get("/live/overview", List.of("view", "sort", "order", "q", "label", "offset", "limit")),
            get("/live/target/{target}/torrent/{hash}"),
            get("/live/rates"),
            get("/live/target/{target}/torrent/{hash}/rates"),
            get("/live/target/{target}/magnets", List.of("hash")),
            get("/live/events", List.of("target", "view")),
            new Endpoint("POST", "/api", Body.LEGACY, List.of(), List.of("request"), ""),
            get("/api/attributes"),
            get("/api/v1/openapi.json"),
            get("/api/v1/targets"),
            json("PUT", "/api/v1/targets/{target}/throttle", "{\"up\": 1048576, \"down\": 0}"),
            get("/api/v1/targets/{target}/settings"),
            json("PUT", "/api/v1/targets/{target}/settings", "{\"max_peers\": 150, \"dht\": \"disable\"}"),
            get("/api/v1/targets/{target}/torrents/{hash}/magnet"),
            json("POST", "/api/v1/targets/{target}/magnets", "{\"hashes\": [\"{hash}\"]}"),
            json("POST", "/api/v1/targets/{target}/labels/rename", "{\"from\": \"fuzz\", \"to\": \"fuzzed\"}"),
            get("/api/v1/targets/{target}/throttles"),
            json("PUT", "/api/v1/targets/{target}/throttles/{name}", "{\"up\": 100, \"down\": 0}"),
            json(
                    "POST",
                    "/api/v1/targets/{target}/torrents/throttle",
                    "{\"hashes\": [\"{hash}\"], \"group\": \"fuzz\"}"),
            get("/api/v1/targets/{target}/events", List.of("fields", "view")),
            get("/api/v1/targets/{target}/torrents", LIST),
            json(
                    "POST",
                    "/api/v1/targets/{target}/torrents",
                    "{\"torrents\": [{\"name\": \"x.torrent\", \"base64\":"
                            + " \"{torrent}\"}], \"magnets\": [\"{magnet}\"], \"start\": false, \"label\": \"fuzz\","
                            + " \"directory\": \"/rt/download/fuzz\"}"),
            new Endpoint(
                    "POST",
                    "/api/v1/targets/{target}/torrents",
                    Body.API_UPLOAD,
                    List.of(),
                    List.of("torrent", "url", "magnet", "start", "label", "directory"),
                    ""),
            json(
                    "POST",
                    "/api/v1/targets/{target}/torrents/actions",
                    "{\"action\": \"stop\", \"hashes\": [\"{hash}\"]}"),
            get(TORRENT, List.of("include")),
            json("POST", TORRENT + "/{action}", "{}"),
            json("PUT", TORRENT + "/priority", "{\"priority\": \"normal\"}"),
            json("PUT", TORRENT + "/label", "{\"label\": \"fuzz\"}"),
            json("PUT", TORRENT + "/files/{index}/priority", "{\"priority\": \"high\"}"),
            json("POST", TORRENT + "/trackers", "{\"url\": \"http://127.0.0.1:1/announce\"}"),
            json("PUT", TORRENT + "/trackers/{index}/enabled", "{\"enabled\": false}"),
            get(TORRENT + "/data"),
            new Endpoint("DELETE", TORRENT + "/data", Body.NONE, List.of(), List.of(), ""),
            json("POST", "/api/v1/targets/{target}/removals", "{\"hashes\": [\"{hash}\"]}"),
            get("/api/v1/jobs/{id}"),
            get("/api/v1/jobs/{id}/torrent"),
            json(
                    "POST",
                    "/api/v1/targets/{target}/moves",
                    "{\"hashes\": [\"{hash}\"], \"directory\": \"/rt/download/fuzz-moved\", \"recheck\": false}"),
            json(
                    "POST",
                    "/api/v1/targets/{target}/creations",
                    "{\"path\": \"/rt/download\", \"trackers\": [\"http://127.0.0.1:1/announce\"], \"private\": true,"
                            + " \"comment\": \"fuzz\", \"pieceSize\": 16384, \"add\": false}"),
            get("/api/v1/targets/{target}/feeds"),
            json("POST", "/api/v1/targets/{target}/feeds", "{\"name\": \"fuzz\", \"url\": \"http://127.0.0.1:1/rss\"}"),
            new Endpoint("DELETE", "/api/v1/targets/{target}/feeds/{feed}", Body.NONE, List.of(), List.of(), ""),
            json(
                    "POST",
                    "/api/v1/targets/{target}/feeds/{feed}/rules",
                    "{\"name\": \"r\", \"include\": \"a.b\", \"minBytes\": 1}"),
            new Endpoint(
                    "DELETE",
                    "/api/v1/targets/{target}/feeds/{feed}/rules/{rule}",
                    Body.NONE,
                    List.of(),
                    List.of(),
                    ""),
            json("POST", "/api/v1/targets/{target}/feeds/{feed}/preview", "{\"name\": \"r\", \"exclude\": \"x\"}"),
            json("POST", "/api/v1/targets/{target}/feeds/{feed}/run", "{}"),
            get("/api/v1/targets/{target}/feeds/{feed}/history", List.of("limit")),
            get("/automation/rss", List.of("target", "feed")),
            form("/automation/rss/feeds", "target", "name", "url", "interval"),
            form("/automation/rss/feeds/{feed}/remove", "target"),
            form("/automation/rss/feeds/{feed}/rules", "target", "name", "include", "exclude", "minMb", "maxMb", "do"),
            form("/automation/rss/feeds/{feed}/rules/{rule}/remove", "target"),
            form("/automation/rss/feeds/{feed}/run", "target"),
            // Seeding rules act on finished torrents only; the rig's torrents never finish.
            get("/automation"),
            form(
                    "/automation/seeding",
                    "name",
                    "target",
                    "scope",
                    "scope_value",
                    "ratio",
                    "seeding_hours",
                    "idle_hours",
                    "action",
                    "max_per_run",
                    "dry_run"),
            form("/automation/seeding/{id}/delete"),
            form("/automation/seeding/{id}/confirm", "count"),
            get(RULES),
            json("POST", RULES, RULE),
            json("POST", RULES + "/dry-run", RULE),
            json("PUT", RULES + "/{id}", RULE),
            new Endpoint("DELETE", RULES + "/{id}", Body.NONE, List.of(), List.of(), ""),
            json("POST", RULES + "/{id}/confirm", "{\"count\": 1}"),
            form(
                    "/automation/schedule/{target}",
                    "enabled",
                    "cells",
                    "profile_name_0",
                    "profile_up_0",
                    "profile_down_0"),
            get("/api/v1/automation/schedule/{target}"),
            json(
                    "PUT",
                    "/api/v1/automation/schedule/{target}",
                    "{\"enabled\": false, \"profiles\": [{\"name\": \"night\", \"up\": 1048576, \"down\": 0}],"
                            + " \"cells\": [0, -1]}"),
            form("/automation/watch", "target", "directory", "label", "download_directory", "start", "enabled"),
            form("/automation/watch/{target}/delete"),
            get(WATCH),
            get(WATCH + "/{target}"),
            // A directory that is not on the host: the fuzz must never make the server move real files.
            json(
                    "PUT",
                    WATCH + "/{target}",
                    "{\"directory\": \"/rt/download/fuzz\", \"label\": \"fuzz\", \"start\": false}"),
            new Endpoint("DELETE", WATCH + "/{target}", Body.NONE, List.of(), List.of(), ""),
            form("/automation/webhooks", "target", "url", "events"),
            form("/automation/webhooks/{id}/test"),
            form("/automation/webhooks/{id}/delete"),
            get(HOOKS),
            // Loopback is refused (no allow-list in the fuzz's config): nothing is ever POSTed.
            json(
                    "POST",
                    HOOKS,
                    "{\"target\": \"{target}\", \"url\": \"http://127.0.0.1:1/hook\", \"events\": [\"finished\"]}"),
            new Endpoint("DELETE", HOOKS + "/{id}", Body.NONE, List.of(), List.of(), ""),
            json("POST", HOOKS + "/{id}/test", "{}"),
            get("/health"),
            get("/metrics"),
            get("/static/{file}"));

    private Endpoints() {}

    static List<Endpoint> withBody(Body... kinds) {
        var wanted = List.of(kinds);
        return ALL.stream().filter(e -> wanted.contains(e.body())).toList();
    }

    private static Endpoint get(String path) {
        return get(path, List.of());
    }

    private static Endpoint get(String path, List<String> params) {
        return new Endpoint("GET", path, Body.NONE, params, List.of(), "");
    }

    private static Endpoint form(String path, String... fields) {
        return new Endpoint("POST", path, Body.WEB_FORM, List.of(), List.of(fields), "");
    }

    private static Endpoint json(String method, String path, String example) {
        return new Endpoint(method, path, Body.JSON, List.of(), List.of(), example);
    }
}
