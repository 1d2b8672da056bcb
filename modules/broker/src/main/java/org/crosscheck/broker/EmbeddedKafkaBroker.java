package org.crosscheck.broker;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real single-node Apache Kafka broker running inside this JVM, in KRaft combined mode
 * (broker and controller roles in one {@link KafkaRaftServer}).
 *
 * <p>On first start the log directory is formatted (the equivalent of {@code kafka-storage.sh format})
 * with a fresh cluster id; on later starts with the same {@link BrokerSettings#dataDir()} the existing
 * {@code meta.properties} (and so its cluster id), topics and records are reused.
 *
 * <p>The defaults make a single node behave like a complete cluster for clients, including
 * transactions and Kafka Streams {@code exactly_once_v2}: every internal topic has replication factor
 * 1 and min ISR 1, and consumer group rebalances start without delay. {@link BrokerSettings#extra()}
 * overrides any of them.
 *
 * <p>{@link #start(BrokerSettings)} returns only after an {@link Admin} client has seen the broker in
 * {@code describeCluster}, i.e. it is registered, unfenced and serving clients.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** Sub-directory of {@link BrokerSettings#dataDir()} holding both the metadata log and the data logs. */
    public static final String LOG_DIR_NAME = "kraft-combined-logs";

    static final int NODE_ID = 1;
    static final String CLIENT_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final BrokerSettings settings;
    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final String clusterId;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafkaBroker(BrokerSettings settings, KafkaRaftServer server, String bootstrapServers,
                                String clusterId) {
        this.settings = settings;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.clusterId = clusterId;
    }

    /**
     * Formats {@code settings.dataDir()} if needed, starts the broker and waits until it serves clients.
     *
     * @throws IllegalStateException if the broker does not start or answer within 60 s
     * @throws UncheckedIOException  if the data directory cannot be created or read
     */
    public static EmbeddedKafkaBroker start(BrokerSettings settings) {
        long t0 = System.nanoTime();
        Path logDir = settings.dataDir().toAbsolutePath().resolve(LOG_DIR_NAME);
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logDir, e);
        }
        int[] ports = resolvePorts(settings);
        String host = settings.host();
        Map<String, String> props = brokerConfig(settings, logDir, ports[0], ports[1]);

        String clusterId = readClusterId(logDir);
        if (clusterId == null) {
            clusterId = Uuid.randomUuid().toString();
            format(logDir, clusterId);
        }

        KafkaConfig config = new KafkaConfig(props, false);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        String bootstrap = hostForUrl(host) + ":" + ports[0];
        try {
            server.startup();
            awaitReady(bootstrap);
        } catch (RuntimeException | Error e) {
            stop(server);
            throw e;
        }
        LOG.info("Embedded Kafka broker up at {} (cluster {}, dir {}) in {} ms",
                bootstrap, clusterId, logDir, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        return new EmbeddedKafkaBroker(settings, server, bootstrap, clusterId);
    }

    /** {@code host:port} of the client listener, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /** The KRaft cluster id, stored in {@code meta.properties} and reused across restarts. */
    public String clusterId() {
        return clusterId;
    }

    public BrokerSettings settings() {
        return settings;
    }

    /** Controlled shutdown of broker then controller; waits until all server threads stopped. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            long t0 = System.nanoTime();
            stop(server);
            LOG.info("Embedded Kafka broker at {} stopped in {} ms",
                    bootstrapServers, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        }
    }

    @Override
    public String toString() {
        return "EmbeddedKafkaBroker[" + bootstrapServers + ", " + settings.dataDir() + "]";
    }

    // ---------------------------------------------------------------------------------------------

    static Map<String, String> brokerConfig(BrokerSettings s, Path logDir, int port, int controllerPort) {
        String host = hostForUrl(s.host());
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        // static quorum (kraft.version 0): the voter address comes from config, not from the log,
        // so a restart may use different ports
        p.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listeners", CLIENT_LISTENER + "://" + host + ":" + port + ","
                + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        p.put("advertised.listeners", CLIENT_LISTENER + "://" + host + ":" + port);
        p.put("inter.broker.listener.name", CLIENT_LISTENER);
        p.put("listener.security.protocol.map",
                CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("metadata.log.dir", logDir.toString());

        // one node: every internal topic with RF 1 / min ISR 1 (consumer offsets, transactions
        // for exactly_once_v2, share groups)
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");

        // small footprint inside a host JVM: the default cleaner buffer is 128 MiB
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        // register/unfence sooner (default heartbeat every 2 s)
        p.put("broker.heartbeat.interval.ms", "500");

        p.putAll(s.extra());
        return p;
    }

    private static void format(Path logDir, String clusterId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(ps)
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("formatting " + logDir + " failed: " + out.toString(StandardCharsets.UTF_8), e);
        }
        LOG.debug("Formatted {}: {}", logDir, out.toString(StandardCharsets.UTF_8).strip());
    }

    /** The cluster id from an already formatted log dir, or {@code null} if it was never formatted. */
    static String readClusterId(Path logDir) {
        Path meta = logDir.resolve("meta.properties");
        if (!Files.isRegularFile(meta)) {
            return null;
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + meta, e);
        }
        String id = props.getProperty("cluster.id");
        if (id == null || id.isBlank()) {
            throw new IllegalStateException(meta + " has no cluster.id");
        }
        return id;
    }

    private static int[] resolvePorts(BrokerSettings s) {
        if (s.port() != 0 && s.controllerPort() != 0) {
            return new int[] {s.port(), s.controllerPort()};
        }
        // Reserve both at once so they differ; there is a short window between closing these
        // sockets and Kafka binding them in which another process could take the port.
        try {
            InetAddress addr = InetAddress.getByName(s.host());
            try (ServerSocket a = new ServerSocket(0, 1, addr); ServerSocket b = new ServerSocket(0, 1, addr)) {
                int port = s.port() != 0 ? s.port() : a.getLocalPort();
                int controllerPort = s.controllerPort() != 0 ? s.controllerPort() : b.getLocalPort();
                if (port == controllerPort) {
                    controllerPort = s.port() == 0 ? b.getLocalPort() : a.getLocalPort();
                }
                return new int[] {port, controllerPort};
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + s.host(), e);
        }
    }

    private static void awaitReady(String bootstrap) {
        Map<String, Object> conf = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 50);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(conf)) {
            while (System.nanoTime() < deadline) {
                try {
                    Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
                            .nodes().get(6, TimeUnit.SECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker at " + bootstrap, e);
        }
        throw new IllegalStateException("broker at " + bootstrap + " not ready within " + READY_TIMEOUT, last);
    }

    private static void stop(KafkaRaftServer server) {
        try {
            server.shutdown();
        } finally {
            server.awaitShutdown();
        }
    }

    private static String hostForUrl(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
