package io.pyrotorrent.adapter.api.http;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A route's query parameters: only the known ones, each at most once, numbers range-checked. */
public final class QueryParams {

    private final Map<String, List<String>> params;

    private QueryParams(Map<String, List<String>> params) {
        this.params = params;
    }

    public static QueryParams of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> params = ctx.queryParamMap();
        params.forEach((name, values) -> {
            if (!allowed.contains(name)) {
                throw ApiError.badRequest("unknown query parameter '" + name + "'; this route takes "
                        + (allowed.isEmpty()
                                ? "none"
                                : String.join(", ", allowed.stream().sorted().toList())));
            }
            if (values.size() > 1) {
                throw ApiError.badRequest(name + ": given " + values.size() + " times; give it once");
            }
        });
        return new QueryParams(params);
    }

    public Optional<String> text(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public int number(String name, int min, int max, int fallback) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the range
        }
        throw ApiError.badRequest(name + ": expected a whole number from " + min + " to " + max + ", not '"
                + abbreviate(text.get()) + "'");
    }

    /** A comma-separated list ("files,peers"); empty items are ignored. */
    public Optional<List<String>> list(String name) {
        return text(name)
                .map(text -> Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(item -> !item.isEmpty())
                        .distinct()
                        .toList());
    }

    public static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
