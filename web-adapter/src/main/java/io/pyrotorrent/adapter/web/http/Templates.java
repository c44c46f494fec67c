package io.pyrotorrent.adapter.web.http;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
        var out = new TextWriter();
        try {
            engine.getTemplate(template).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.text.toString();
    }

    /**
     * A Writer over a StringBuilder: a StringWriter's StringBuffer takes a lock for each of the
     * thousands of pieces Pebble writes into a page, and starts small for a page of 200 KB.
     */
    private static final class TextWriter extends Writer {
        private final StringBuilder text = new StringBuilder(32 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String piece, int offset, int length) {
            text.append(piece, offset, offset + length);
        }

        @Override
        public void write(String piece) {
            text.append(piece);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
