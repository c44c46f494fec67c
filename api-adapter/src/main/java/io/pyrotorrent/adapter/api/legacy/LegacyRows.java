package io.pyrotorrent.adapter.api.legacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import io.pyrotorrent.adapter.api.legacy.LegacyPlan.Named;
import io.pyrotorrent.domain.model.field.Row;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A requester's answer, a list of objects, written row by row as the answer goes out. Built as a
 * tree first, every row was an object node with a map of its values: at 20,000 torrents and 14
 * names, about 25 MB made and dropped for each call, most of the legacy list's time.
 */
final class LegacyRows extends JsonSerializable.Base {

    private record Part(List<Named> names, List<Row> rows) {}

    private final List<Part> parts = new ArrayList<>();

    /** Adds a query's rows under its names; a name asked twice answers once, as the original's dictionaries did. */
    void add(List<Named> names, List<Row> rows) {
        Map<String, Named> distinct = new LinkedHashMap<>();
        names.forEach(named -> distinct.putIfAbsent(named.name(), named));
        parts.add(new Part(List.copyOf(distinct.values()), rows));
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider serializers) throws IOException {
        generator.writeStartArray();
        for (Part part : parts) {
            for (Row row : part.rows()) {
                generator.writeStartObject();
                for (Named named : part.names()) {
                    generator.writeFieldName(named.name());
                    RawValues.write(generator, named.field(), row.get(named.field()));
                }
                generator.writeEndObject();
            }
        }
        generator.writeEndArray();
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializerProvider serializers, TypeSerializer type)
            throws IOException {
        serialize(generator, serializers);
    }
}
