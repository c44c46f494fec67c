package io.pyrotorrent.it.fuzz;

import java.util.List;

/**
 * One route as the fuzz sees it: a method, a path template, what its body is, and the names it
 * knows (query parameters, form fields), so generated requests mix real names with made-up ones.
 * Placeholders in {@code path} ({target}, {hash}, {index}, {view}, {action}, {file}, {id}, {feed}, {rule}) and in
 * {@code example} ({hash}) are filled by {@link Fixture} with valid or hostile values.
 *
 * @param example a valid JSON body to mutate, for {@link Body#JSON}
 */
record Endpoint(String method, String path, Body body, List<String> params, List<String> fields, String example) {

    /** What the route reads from the body; decides how bodies are generated. */
    enum Body {
        /** Nothing: only the path and the query are fuzzed. */
        NONE,
        /** A web form (urlencoded) guarded by the CSRF cookie and field. */
        WEB_FORM,
        /** The web add form: multipart with .torrent files, URLs and magnets, CSRF-guarded. */
        WEB_UPLOAD,
        /** The original API: a JSON array, as the form field "request" or as the body. */
        LEGACY,
        /** A JSON object, mutated from {@code example}. */
        JSON,
        /** The REST add as multipart: torrent files, url, magnet, start, label, directory. */
        API_UPLOAD
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
