package io.pyrotorrent.domain.model.removal;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** A background job's id: a random UUID, so ids cannot be guessed or counted. */
public record JobId(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public JobId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a job id is a lower-case UUID");
        }
    }

    public static JobId random() {
        return new JobId(UUID.randomUUID().toString());
    }
}
