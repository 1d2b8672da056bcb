package org.crosscheck.app;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.apache.kafka.streams.CloseOptions;
import org.crosscheck.ops.OpsConfig;
import org.crosscheck.ops.OpsSettings;
import org.crosscheck.ops.Operations;
import org.crosscheck.streams.CrosscheckApp;
import org.crosscheck.streams.StreamsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the Streams application with its operations server (dashboard, /metrics, /health) and waits
 * until it is RUNNING, and stops both; shared by {@code run} and {@code demo}.
 */
final class PipelineLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineLauncher.class);

    /** Streams takes 3.5-7 s from start() to RUNNING here; a slow cluster gets ample room beyond that. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    /** The pipeline and its operations server; closing stops the server, then the pipeline. */
    record Running(CrosscheckApp app, Operations ops) implements AutoCloseable {
        @Override
        public void close() {
            try {
                ops.close();
            } finally {
                stop(app);
            }
        }
    }

    private PipelineLauncher() {}

    /**
     * A running application, its topics created, configured by {@code overrides} over the defaults, with
     * its operations server up. {@code onServing} gets the dashboard's address as soon as the server
     * listens, before the application is RUNNING (readiness answers 503 meanwhile). On failure nothing is
     * left running.
     *
     * @param httpPort      overrides {@link OpsSettings#HTTP_PORT} when not null
     * @param anyPortIfBusy serve on a free port when the configured one is taken (demo), rather than fail (run)
     */
    static Running start(Properties overrides, Integer httpPort, boolean anyPortIfBusy, Consumer<URI> onServing)
            throws InterruptedException, TimeoutException, IOException {
        OpsConfig config = OpsSettings.config(StreamsSettings.resolve(overrides));
        if (httpPort != null) {
            config = config.withHttpPort(httpPort);
        }
        Operations ops = Operations.create(config);
        CrosscheckApp app = null;
        try {
            app = new CrosscheckApp(overrides, null, ops.pipelineMetrics());
            onServing.accept(ops.serve(app.streams(), anyPortIfBusy));
            app.start();
            app.awaitRunning(START_TIMEOUT);
            ops.follow();
            return new Running(app, ops);
        } catch (InterruptedException | TimeoutException | IOException | RuntimeException e) {
            ops.close();
            if (app != null) {
                stop(app);
            }
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
