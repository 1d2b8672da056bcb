package org.crosscheck.app;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reports bad input lines to standard error as {@code line N: reason} and counts them. The exact form
 * is part of the CLI's contract (scripts grep it), so it is written in this one place.
 *
 * <p>Thread-safe: the producer reports failed deliveries from its own I/O thread.
 */
final class BadLines implements JsonLinesReader.ErrorHandler {

    private final PrintWriter err;
    private final AtomicLong count = new AtomicLong();

    BadLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void badLine(long lineNumber, String reason) {
        count.incrementAndGet();
        synchronized (err) {
            err.println("line " + lineNumber + ": " + reason);
            err.flush();
        }
    }

    long count() {
        return count.get();
    }
}
