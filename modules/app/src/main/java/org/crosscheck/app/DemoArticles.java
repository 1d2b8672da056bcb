package org.crosscheck.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample articles bundled in the jar for {@code demo}: real-style conflict reporting with contradictions. */
final class DemoArticles {

    static final String RESOURCE = "/crosscheck/demo/articles.jsonl";

    private DemoArticles() {}

    static byte[] load() {
        try (InputStream in = DemoArticles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample articles missing from the jar: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Non-blank lines: what the first line of the demo announces. */
    static long count(byte[] jsonLines) {
        return new String(jsonLines, java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    }
}
