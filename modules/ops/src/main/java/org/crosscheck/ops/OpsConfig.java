package org.crosscheck.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.CommonClientConfigs;

/**
 * What the operations layer needs: where to serve HTTP, how often to measure lag and for which groups,
 * which topic the pipeline dead-letters to, and how its own Kafka clients (lag reader, topic feed)
 * connect. See {@link OpsSettings}.
 */
public record OpsConfig(String httpHost, int httpPort, Duration lagInterval, List<String> lagGroups,
                        String deadLetterTopic, Map<String, Object> clientProperties) {

    public OpsConfig {
        Objects.requireNonNull(httpHost, "httpHost");
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("httpPort out of range: " + httpPort);
        }
        if (lagInterval.isNegative() || lagInterval.isZero()) {
            throw new IllegalArgumentException("lagInterval must be positive: " + lagInterval);
        }
        lagGroups = List.copyOf(lagGroups);
        Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        clientProperties = Map.copyOf(clientProperties);
        if (!clientProperties.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalArgumentException("clientProperties need " + CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        }
    }

    public OpsConfig withHttpPort(int port) {
        return new OpsConfig(httpHost, port, lagInterval, lagGroups, deadLetterTopic, clientProperties);
    }

    public String bootstrapServers() {
        return String.valueOf(clientProperties.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
    }
}
