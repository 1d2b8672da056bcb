package org.crosscheck.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --input FILE}, shared by the commands that read JSON-lines articles. */
final class InputOption {

    @Option(names = {"-i", "--input"}, paramLabel = "FILE",
            description = "JSON-lines articles to read, one per line. Default: standard input (also '-').")
    Path input;

    /** The file, or standard input; standard input is not closed by closing the returned stream. */
    InputStream open() throws IOException {
        if (input == null || input.toString().equals("-")) {
            return new NonClosingInputStream(System.in);
        }
        return Files.newInputStream(input);
    }

    String describe() {
        return input == null || input.toString().equals("-") ? "standard input" : input.toString();
    }

    /** Lets try-with-resources treat stdin like a file without closing the JVM's System.in. */
    private static final class NonClosingInputStream extends java.io.FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // System.in belongs to the JVM
        }
    }
}
