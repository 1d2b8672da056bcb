package org.crosscheck.broker;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * JUnit 5 extension that provides one real Kafka cluster per test run.
 *
 * <p>Use {@code @ExtendWith(KafkaClusterExtension.class)} and declare a {@link KafkaCluster} test or
 * lifecycle method parameter, or a non-final field of type {@link KafkaCluster} (static fields are set
 * before {@code @BeforeAll}, instance fields after the test instance is created).
 *
 * <p>The cluster is started lazily on first use and shared by every test class of the run: it lives
 * in the root {@link ExtensionContext.Store} as an {@link AutoCloseable} and is stopped when the
 * JUnit run ends (JUnit 5.13+ closes {@code AutoCloseable} store values).
 *
 * <h2>Which cluster</h2>
 * <ul>
 *   <li>{@value #MODE_PROPERTY}{@code =embedded}: an {@link EmbeddedKafkaBroker} in this JVM, on a temporary
 *       directory deleted at the end.</li>
 *   <li>{@value #MODE_PROPERTY}{@code =container}: Testcontainers' {@code org.testcontainers.kafka.KafkaContainer}
 *       with image {@value ContainerKafkaCluster#IMAGE} (needs a Docker engine).</li>
 *   <li>unset or {@code auto}: the container if {@code DockerClientFactory.instance().isDockerAvailable()}
 *       answers true, else the embedded broker.</li>
 * </ul>
 * The property is read as a JUnit configuration parameter, so a {@code -D} system property or
 * {@code junit-platform.properties} both work.
 *
 * <p>Why the embedded fallback exists: the project's development and CI machines have the docker CLI
 * but no Docker engine, so Testcontainers cannot start anything there; an in-JVM KRaft broker built
 * from {@code kafka_2.13} is a real broker (same protocol, transactions, consumer groups), so the same
 * tests still run against real Kafka. On a machine with Docker the container is preferred, since it is
 * the stock Apache image in its own process.
 *
 * <p>JUnit and Testcontainers are {@code optional} dependencies of {@code crosscheck-broker}: a test
 * module that uses this extension must depend on {@code junit-jupiter} itself, and on
 * {@code testcontainers-kafka} to get the container mode. Without Testcontainers on the class path the
 * extension always uses the embedded broker.
 */
public final class KafkaClusterExtension implements ParameterResolver, TestInstancePostProcessor, BeforeAllCallback {

    /** Configuration parameter / system property choosing the cluster: {@code embedded}, {@code container} or {@code auto}. */
    public static final String MODE_PROPERTY = "crosscheck.test.cluster";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaClusterExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KafkaClusterExtension.class);
    private static final String TESTCONTAINERS_PROBE = "org.testcontainers.DockerClientFactory";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return cluster(extensionContext);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        injectFields(context.getRequiredTestClass(), null, context);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        injectFields(testInstance.getClass(), testInstance, context);
    }

    /** The run-wide cluster, started on first call. */
    public static KafkaCluster cluster(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedCluster.class, k -> SharedCluster.start(mode(context)), SharedCluster.class)
                .cluster();
    }

    private static void injectFields(Class<?> type, Object instance, ExtensionContext context) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (f.getType() != KafkaCluster.class || Modifier.isFinal(mod)
                        || Modifier.isStatic(mod) != (instance == null)) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    f.set(instance, cluster(context));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new ExtensionConfigurationException("cannot inject KafkaCluster into " + f, e);
                }
            }
        }
    }

    private static String mode(ExtensionContext context) {
        String mode = context.getConfigurationParameter(MODE_PROPERTY).orElse("auto").trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case KafkaCluster.KIND_EMBEDDED:
            case KafkaCluster.KIND_CONTAINER:
                return mode;
            case "":
            case "auto":
                if (!testcontainersPresent()) {
                    LOG.info("Testcontainers not on the class path: using the embedded Kafka broker");
                    return KafkaCluster.KIND_EMBEDDED;
                }
                long t0 = System.nanoTime();
                boolean docker = ContainerKafkaCluster.dockerAvailable();
                LOG.info("Docker engine {} ({} ms): using the {} Kafka cluster", docker ? "available" : "not available",
                        (System.nanoTime() - t0) / 1_000_000, docker ? "container" : "embedded");
                return docker ? KafkaCluster.KIND_CONTAINER : KafkaCluster.KIND_EMBEDDED;
            default:
                throw new ExtensionConfigurationException(
                        MODE_PROPERTY + " must be embedded, container or auto, not '" + mode + "'");
        }
    }

    private static boolean testcontainersPresent() {
        try {
            Class.forName(TESTCONTAINERS_PROBE, false, KafkaClusterExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Root-store value: the cluster plus whatever must be cleaned up with it. */
    private static final class SharedCluster implements AutoCloseable {
        private final KafkaCluster cluster;
        private final Runnable stop;
        private final Path tempDir;

        private SharedCluster(KafkaCluster cluster, Runnable stop, Path tempDir) {
            this.cluster = cluster;
            this.stop = stop;
            this.tempDir = tempDir;
        }

        static SharedCluster start(String mode) {
            long t0 = System.nanoTime();
            SharedCluster shared;
            if (KafkaCluster.KIND_CONTAINER.equals(mode)) {
                if (!testcontainersPresent()) {
                    throw new ExtensionConfigurationException(
                            MODE_PROPERTY + "=container needs org.testcontainers:testcontainers-kafka on the test class path");
                }
                ContainerKafkaCluster container = ContainerKafkaCluster.start();
                shared = new SharedCluster(container, container::close, null);
            } else {
                Path dir;
                try {
                    dir = Files.createTempDirectory("crosscheck-kafka-");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.of(dir));
                shared = new SharedCluster(new EmbeddedCluster(broker), broker::close, dir);
            }
            LOG.info("Test Kafka cluster ({}) at {} ready in {} ms", shared.cluster.kind(),
                    shared.cluster.bootstrapServers(), (System.nanoTime() - t0) / 1_000_000);
            return shared;
        }

        KafkaCluster cluster() {
            return cluster;
        }

        @Override
        public void close() throws IOException {
            try {
                stop.run();
            } finally {
                if (tempDir != null) {
                    deleteRecursively(tempDir);
                }
            }
        }
    }

    private record EmbeddedCluster(EmbeddedKafkaBroker broker) implements KafkaCluster {
        @Override
        public String bootstrapServers() {
            return broker.bootstrapServers();
        }

        @Override
        public String kind() {
            return KafkaCluster.KIND_EMBEDDED;
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
