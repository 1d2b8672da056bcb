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
    void printsTheSamplesAlertsAndExitsCleanlyAndASecondRunReusesTheData() {
        long t0 = System.nanoTime();
        // every alert the samples can raise, or what has come within the bound: stopping at the first
        // seven let a run whose Raqqa events paired up early stop before the Mayadin pair was printed
        CommandRun first = demo(ALL_SAMPLE_ALERTS, FIRST_RUN_SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.outLines().get(0)).contains("Ctrl-C");
        assertThat(first.out()).contains("(new)").contains(dataDir.toAbsolutePath().toString());
        assertThat(first.outLines()).anySatisfy(l -> assertThat(l).matches("dashboard: http://127\\.0\\.0\\.1:\\d+/"));
        assertThat(first.out()).as("an alert within the first run's bound; took " + took).matches(alertPattern());
        // the samples' pairs meet however the pipeline interleaves their partitions (the demo's long
        // TTL): with the production TTL only the two pairs read before any newer article did. Which
        // claims of the Raqqa events pair up can vary with the order (README, Known limits).
        assertThat(first.outLines()).as(first.out()).filteredOn(l -> l.matches(ALERT_LINE))
                .hasSizeGreaterThanOrEqualTo(SAMPLE_ALERTS - 2)
                .anySatisfy(l -> assertThat(l).contains("sy-mayadin/2017-05-14").contains("vs coalition"))
                .anySatisfy(l -> assertThat(l).contains("DENIAL").contains("sy-raqqa").contains("vs coalition"));
        assertThat(first.out().strip()).endsWith("stopped.");

        CommandRun second = demo(1, 90);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("(reused from an earlier run)").matches(alertPattern());
    }

    /** The alerts the samples raise in most runs seen here (see README's "The two commands"). */
    private static final int SAMPLE_ALERTS = 7;

    /**
     * Every alert the samples can raise (what {@code check} gives on them, reading in input order): the
     * first run stops at this many, or after {@link #FIRST_RUN_SECONDS}, whichever comes first.
     */
    private static final int ALL_SAMPLE_ALERTS = 9;

    /** Several times what the samples' alerts take to come here (about 5 s from start). */
    private static final int FIRST_RUN_SECONDS = 45;

    private CommandRun demo(int alerts, int seconds) {
        return CommandRun.of("demo", "--data-dir", dataDir.toString(), "--max-alerts", String.valueOf(alerts), "--exit-after",
                String.valueOf(seconds), "--http-port", "0");
    }

    private static java.util.regex.Pattern alertPattern() {
        return java.util.regex.Pattern.compile(ALERT_LINE, java.util.regex.Pattern.MULTILINE);
    }
}
