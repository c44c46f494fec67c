package io.pyrotorrent.adapter.web.http;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * {@code isolate}: for text where no element can hold it, such as {@code <title>} and attributes,
 * {@link BidiText#isolate}. The result is a plain string, so autoescaping still applies.
 */
final class BidiFilters extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("isolate", new Filter() {
            @Override
            public Object apply(
                    Object input,
                    Map<String, Object> args,
                    PebbleTemplate self,
                    EvaluationContext context,
                    int lineNumber) {
                return input == null ? null : BidiText.isolate(input.toString());
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        });
    }
}
