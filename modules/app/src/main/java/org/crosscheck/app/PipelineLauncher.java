package org.crosscheck.app;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.streams.CloseOptions;
import org.crosscheck.streams.CrosscheckApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the Streams application and waits until it is RUNNING, and stops it; shared by {@code run} and {@code demo}. */
final class PipelineLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineLauncher.class);

    /** Streams takes 3.5-7 s from start() to RUNNING here; a slow cluster gets ample room beyond that. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private PipelineLauncher() {}

    /**
     * A running application, its topics created, configured by {@code overrides} over the defaults.
     * On failure nothing is left running.
     */
    static CrosscheckApp start(Properties overrides) throws InterruptedException, TimeoutException {
        CrosscheckApp app = new CrosscheckApp(overrides);
        try {
            app.start();
            app.awaitRunning(START_TIMEOUT);
            return app;
        } catch (InterruptedException | TimeoutException | RuntimeException e) {
            stop(app);
            throw e;
        }
    }

    /**
     * Stops processing and leaves the consumer group. Streams by default stays in the group on close, so
     * the next start (the second demo run, a restarted {@code run}) waits a whole session timeout (45 s)
     * for the departed member before it gets its partitions; leaving hands them over at once.
     */
    static void stop(CrosscheckApp app) {
        boolean clean = app.streams().close(CloseOptions.timeout(STOP_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        if (!clean) {
            LOG.warn("crosscheck streams did not stop within {}", STOP_TIMEOUT);
        }
    }
}
