package io.pyrotorrent.app.config;

/** Whether the JSON API is served next to the web pages. */
public record ApiConfig(boolean enabled) {

    public static ApiConfig defaults() {
        return new ApiConfig(true);
    }
}
