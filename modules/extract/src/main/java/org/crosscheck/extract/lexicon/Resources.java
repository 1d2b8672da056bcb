package org.crosscheck.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the extractor's data files from the classpath: one record a line, '#' starts a comment line. */
public final class Resources {

    private Resources() {
    }

    /** Non-comment, non-blank lines split on tabs; the error for a short row names file and line. */
    public static List<String[]> rows(String path, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines(path)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < minColumns) {
                throw new IllegalStateException(path + ":" + lineNo + ": expected " + minColumns
                        + " tab-separated columns, found " + cols.length);
            }
            rows.add(cols);
        }
        return rows;
    }

    public static List<String> words(String path) {
        List<String> out = new ArrayList<>();
        for (String line : lines(path)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    public static List<String> lines(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
