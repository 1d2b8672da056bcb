package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo} in-process, bounded: a real broker, the pipeline and the sample articles in this JVM, then
 * again on the same data directory (the second run must reuse it).
 */
class DemoIT {

    /** The head line of an alert in the readable form. */
    private static final String ALERT_LINE = "(?s).*^\\[(OPEN|UPDATED|RESOLVED)\\] [A-Z_]+ sev \\d\\.\\d\\d  \\S+  \\S+ vs \\S+$.*";

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 240)
    void printsAnAlertAndExitsCleanlyAndASecondRunReusesTheData() {
        long t0 = System.nanoTime();
        CommandRun first = demo();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.outLines().get(0)).contains("Ctrl-C");
        assertThat(first.out()).contains("(new)").contains(dataDir.toAbsolutePath().toString());
        assertThat(first.outLines()).anySatisfy(l -> assertThat(l).matches("dashboard: http://127\\.0\\.0\\.1:\\d+/"));
        assertThat(first.out()).as("an alert within the 90 s bound; took " + took).matches(alertPattern());
        assertThat(first.out().strip()).endsWith("stopped.");

        CommandRun second = demo();

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("(reused from an earlier run)").matches(alertPattern());
    }

    private CommandRun demo() {
        return CommandRun.of("demo", "--data-dir", dataDir.toString(), "--max-alerts", "1", "--exit-after", "90",
                "--http-port", "0");
    }

    private static java.util.regex.Pattern alertPattern() {
        return java.util.regex.Pattern.compile(ALERT_LINE, java.util.regex.Pattern.MULTILINE);
    }
}
