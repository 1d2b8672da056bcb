package org.crosscheck.ops;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.crosscheck.streams.StreamsSettings;

/**
 * The operations settings, beside {@link StreamsSettings} and read from the same merged sources (a
 * properties file, {@code CROSSCHECK_*} environment variables, flags). Their names start with
 * {@value StreamsSettings#CROSSCHECK_PREFIX}, so they never reach Kafka Streams: inside a container,
 * {@code CROSSCHECK_CROSSCHECK_HTTP_HOST=0.0.0.0} makes the server reachable from the container network.
 */
public final class OpsSettings {

    public static final String HTTP_HOST = "crosscheck.http.host";
    public static final String HTTP_HOST_DOC = "Address the operations HTTP server (dashboard, /metrics, /health) binds to."
            + " Loopback by default: nothing outside this machine reaches it unless you say so (0.0.0.0 in a container).";
    public static final String HTTP_HOST_DEFAULT = "127.0.0.1";

    public static final String HTTP_PORT = "crosscheck.http.port";
    public static final String HTTP_PORT_DOC = "Port of the operations HTTP server; 0 picks a free one (printed at start).";
    public static final int HTTP_PORT_DEFAULT = 8080;

    public static final String LAG_INTERVAL_MS = "crosscheck.lag.interval.ms";
    public static final String LAG_INTERVAL_MS_DOC = "How often the consumer lag gauges and the dashboard's lag chart are refreshed, in ms.";
    public static final long LAG_INTERVAL_MS_DEFAULT = 5_000L;

    public static final String LAG_GROUPS = "crosscheck.lag.groups";
    public static final String LAG_GROUPS_DOC = "Consumer groups whose lag is measured (comma-separated), e.g. the alert"
            + " subscribers' groups. Empty: the pipeline's own (application.id).";

    /** Where Prometheus scrapes. */
    public static final String METRICS_PATH = "/metrics";
    public static final String LIVE_PATH = "/health/live";
    public static final String READY_PATH = "/health/ready";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(HTTP_HOST, Type.STRING, HTTP_HOST_DEFAULT, new ConfigDef.NonEmptyString(), Importance.MEDIUM, HTTP_HOST_DOC)
            .define(HTTP_PORT, Type.INT, HTTP_PORT_DEFAULT, ConfigDef.Range.between(0, 65_535), Importance.MEDIUM, HTTP_PORT_DOC)
            .define(LAG_INTERVAL_MS, Type.LONG, LAG_INTERVAL_MS_DEFAULT, ConfigDef.Range.atLeast(100), Importance.LOW,
                    LAG_INTERVAL_MS_DOC)
            .define(LAG_GROUPS, Type.LIST, "", Importance.LOW, LAG_GROUPS_DOC);

    private OpsSettings() {}

    /** Names of every operations setting. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(DEFINITION.names());
    }

    /**
     * The operations configuration from settings already resolved by {@link StreamsSettings#resolve}
     * (bootstrap servers and application id filled in).
     *
     * @throws org.apache.kafka.common.config.ConfigException naming the setting when a value is invalid
     */
    public static OpsConfig config(Properties resolved) {
        Map<String, Object> parsed = DEFINITION.parse(resolved);
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) parsed.get(LAG_GROUPS);
        List<String> lagGroups = groups.stream().map(String::strip).filter(g -> !g.isEmpty()).toList();
        if (lagGroups.isEmpty()) {
            lagGroups = List.of(resolved.getProperty(StreamsSettings.APPLICATION_ID, StreamsSettings.APPLICATION_ID_DEFAULT));
        }
        String deadLetters = resolved.getProperty(StreamsSettings.DEAD_LETTER_QUEUE_TOPIC,
                StreamsSettings.DEAD_LETTER_QUEUE_TOPIC_DEFAULT);
        return new OpsConfig((String) parsed.get(HTTP_HOST), (Integer) parsed.get(HTTP_PORT),
                Duration.ofMillis((Long) parsed.get(LAG_INTERVAL_MS)), lagGroups, deadLetters, clientProperties(resolved));
    }

    /** Bootstrap servers and any client-level settings (security, timeouts) for the operations' own clients. */
    public static Map<String, Object> clientProperties(Properties resolved) {
        Set<String> clientNames = AdminClientConfig.configNames();
        Map<String, Object> client = new HashMap<>();
        resolved.forEach((k, v) -> {
            String name = String.valueOf(k);
            if (clientNames.contains(name) && !name.equals(AdminClientConfig.CLIENT_ID_CONFIG)) {
                client.put(name, v);
            }
        });
        return client;
    }
}
