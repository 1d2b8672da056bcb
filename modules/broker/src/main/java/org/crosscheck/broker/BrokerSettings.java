package org.crosscheck.broker;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable settings for an {@link EmbeddedKafkaBroker}.
 *
 * @param dataDir        directory owned by the broker; its KRaft log directory lives in
 *                       {@code dataDir/kraft-combined-logs}. Reusing the same directory reuses the
 *                       cluster id, topics and records of the previous run.
 * @param host           address the listeners bind to and advertise; {@code null} means {@value #DEFAULT_HOST}
 * @param port           client (PLAINTEXT) listener port; {@code 0} picks a free port
 * @param controllerPort KRaft controller listener port; {@code 0} picks a free port
 * @param extra          broker config overrides, applied last (they win over the defaults);
 *                       {@code null} means none. Copied; values must not be {@code null}.
 */
public record BrokerSettings(Path dataDir, String host, int port, int controllerPort, Map<String, String> extra) {

    public static final String DEFAULT_HOST = "127.0.0.1";

    public BrokerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        host = host == null || host.isBlank() ? DEFAULT_HOST : host;
        checkPort("port", port);
        checkPort("controllerPort", controllerPort);
        if (port != 0 && port == controllerPort) {
            throw new IllegalArgumentException("port and controllerPort must differ: " + port);
        }
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** Defaults: {@value #DEFAULT_HOST}, free ports, no overrides. */
    public static BrokerSettings of(Path dataDir) {
        return new BrokerSettings(dataDir, DEFAULT_HOST, 0, 0, Map.of());
    }

    public BrokerSettings withHost(String newHost) {
        return new BrokerSettings(dataDir, newHost, port, controllerPort, extra);
    }

    public BrokerSettings withPort(int newPort) {
        return new BrokerSettings(dataDir, host, newPort, controllerPort, extra);
    }

    public BrokerSettings withControllerPort(int newControllerPort) {
        return new BrokerSettings(dataDir, host, port, newControllerPort, extra);
    }

    /** Returns a copy with {@code key=value} added to (or replacing in) {@link #extra()}. */
    public BrokerSettings withOverride(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(extra);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new BrokerSettings(dataDir, host, port, controllerPort, copy);
    }

    private static void checkPort(String name, int value) {
        if (value < 0 || value > 65_535) {
            throw new IllegalArgumentException(name + " out of range: " + value);
        }
    }
}
