package io.pyrotorrent.adapter.web.http;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Pebble, loaded once: templates from the classpath, autoescaping on, unknown names an error. */
public final class Templates {

    private final PebbleEngine engine;

    public Templates() {
        var loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("templates/");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .extension(new BidiFilters())
                .build();
    }

    public String render(String template, Map<String, Object> model) {
        var out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
