package org.crosscheck.ops;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.util.Objects;

import org.apache.kafka.streams.KafkaStreams;
import org.crosscheck.streams.PipelineMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;

/**
 * Everything {@code run} and {@code demo} serve for operations, in the order they need it:
 *
 * <pre>
 * Operations ops = Operations.create(config);                  // meters; nothing runs yet
 * CrosscheckApp app = new CrosscheckApp(settings, null, ops.pipelineMetrics());
 * ops.serve(app.streams(), false);                             // HTTP up: live, and ready once RUNNING
 * app.start(); app.awaitRunning(...);
 * ops.follow();                                                // alerts, dead letters, lag (topics exist now)
 * ...
 * ops.close();
 * </pre>
 *
 * The HTTP server is up before the Streams application runs, so {@code /health/ready} answers 503
 * (with the state) during a slow start instead of not answering at all.
 */
public final class Operations implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Operations.class);

    private final OpsConfig config;
    private final OpsMetrics metrics = new OpsMetrics();
    private final RecentAlerts alerts = new RecentAlerts();
    private volatile KafkaStreams streams;
    private KafkaStreamsMetrics streamsMetrics;
    private OpsHttpServer http;
    private TopicFeed feed;
    private volatile LagPoller poller;

    private Operations(OpsConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public static Operations create(OpsConfig config) {
        return new Operations(config);
    }

    /** What the Streams processors call; pass it to the application. */
    public PipelineMetrics pipelineMetrics() {
        return metrics;
    }

    public OpsMetrics metrics() {
        return metrics;
    }

    public RecentAlerts alerts() {
        return alerts;
    }

    /**
     * Starts the HTTP server and binds Micrometer's Kafka Streams meters to {@code streams}.
     *
     * @param anyPortIfBusy when the configured port is taken, serve on a free one instead of failing
     * @return the dashboard's address
     * @throws IOException naming the address when it cannot be bound (a port in use)
     */
    public URI serve(KafkaStreams streams, boolean anyPortIfBusy) throws IOException {
        this.streams = Objects.requireNonNull(streams, "streams");
        try {
            http = server(config.httpPort());
        } catch (BindException e) {
            if (!anyPortIfBusy || config.httpPort() == 0) {
                throw new BindException("cannot serve HTTP on " + config.httpHost() + ":" + config.httpPort() + ": "
                        + e.getMessage() + " (choose another port with --http-port or " + OpsSettings.HTTP_PORT + ")");
            }
            LOG.warn("port {} is in use; serving the dashboard on a free port instead", config.httpPort());
            http = server(0);
        }
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(metrics.registry());
        http.start();
        LOG.debug("operations HTTP on {}", http.address());
        return http.dashboardUri();
    }

    private OpsHttpServer server(int port) throws IOException {
        return new OpsHttpServer(config.httpHost(), port, metrics, alerts, () -> poller, () -> this.streams.state());
    }

    /** Starts following the alerts, articles and dead-letter topics and measuring lag; call once the topics exist. */
    public void follow() {
        feed = new TopicFeed(config.clientProperties(), config.deadLetterTopic(), alerts, metrics);
        feed.start();
        LagPoller p = new LagPoller(config.clientProperties(), config.lagGroups(), config.lagInterval(), metrics);
        p.start();
        poller = p;
    }

    /** The dashboard's address, once serving. */
    public URI dashboardUri() {
        return http == null ? null : http.dashboardUri();
    }

    public int httpPort() {
        return http == null ? -1 : http.address().getPort();
    }

    /** Stops the pollers and the server. Close before the Streams application, so nothing scrapes a closed one. */
    @Override
    public void close() {
        closeQuietly(poller);
        closeQuietly(feed);
        closeQuietly(http);
        if (streamsMetrics != null) {
            streamsMetrics.close();
        }
        metrics.registry().close();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("while stopping {}: {}", c.getClass().getSimpleName(), e.toString());
        }
    }
}
