package org.crosscheck.streams;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.crosscheck.reconcile.ReconcileSettings;
import org.crosscheck.schema.kafka.Topics;

/**
 * The settings of the crosscheck Streams application, in the manner of Kafka's {@link StreamsConfig}:
 * each setting is a {@code public static final String} name with a {@code _DOC} string, and its type,
 * default and documentation are defined once, in {@link #DEFINITION}.
 *
 * <p>Settings whose name has no {@value #CROSSCHECK_PREFIX} prefix are Kafka Streams' (or its clients')
 * own, with crosscheck's defaults; any other Kafka Streams setting may be given too and is passed through
 * unchanged.
 *
 * <p>Precedence: what the caller gives (a properties file, the environment, command-line flags, merged by
 * the caller in that order of increasing priority) always wins; {@link #resolve(Properties)} only fills in
 * defaults for what is absent.
 *
 * <p>Environment variables ({@link #fromEnvironment(Map)}): a variable named {@value #ENV_PREFIX} followed
 * by the setting name in upper case with every dot replaced by an underscore sets that setting, e.g.
 * {@code CROSSCHECK_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers} and
 * {@code CROSSCHECK_CROSSCHECK_RECONCILE_TOLERANCE} sets {@code crosscheck.reconcile.tolerance}. The
 * mapping is lower case with underscores back to dots, so it reaches every Kafka setting (their names
 * have no underscores).
 */
public final class StreamsSettings {

    /** Names of crosscheck's own (non-Kafka) settings start with this. */
    public static final String CROSSCHECK_PREFIX = "crosscheck.";

    /** Environment variables that carry settings start with this. */
    public static final String ENV_PREFIX = "CROSSCHECK_";

    // ---- Kafka Streams settings, with crosscheck's defaults ----

    public static final String BOOTSTRAP_SERVERS = StreamsConfig.BOOTSTRAP_SERVERS_CONFIG;
    public static final String BOOTSTRAP_SERVERS_DOC =
            "host:port[,host:port...] of the Kafka brokers to bootstrap from.";
    public static final String BOOTSTRAP_SERVERS_DEFAULT = "localhost:9092";

    public static final String APPLICATION_ID = StreamsConfig.APPLICATION_ID_CONFIG;
    public static final String APPLICATION_ID_DOC = "Kafka Streams application id: the consumer group, the prefix of "
            + "internal topics and the state directory name. Instances with one id share the work.";
    public static final String APPLICATION_ID_DEFAULT = "crosscheck";

    public static final String PROCESSING_GUARANTEE = StreamsConfig.PROCESSING_GUARANTEE_CONFIG;
    public static final String PROCESSING_GUARANTEE_DOC = "exactly_once_v2 (default: each article's claims, events, "
            + "alerts and dead letters are committed together or not at all) or at_least_once.";
    public static final String PROCESSING_GUARANTEE_DEFAULT = StreamsConfig.EXACTLY_ONCE_V2;

    public static final String COMMIT_INTERVAL_MS = StreamsConfig.COMMIT_INTERVAL_MS_CONFIG;
    public static final String COMMIT_INTERVAL_MS_DOC = "How often Streams commits, in ms. Under exactly_once_v2 "
            + "output is visible to read_committed consumers only after a commit, so this bounds alert latency.";
    public static final long COMMIT_INTERVAL_MS_DEFAULT = 100L;

    public static final String STATE_DIR = StreamsConfig.STATE_DIR_CONFIG;
    public static final String STATE_DIR_DOC = "Directory of the local state stores (the event store).";
    public static final String STATE_DIR_DEFAULT =
            System.getProperty("java.io.tmpdir") + java.io.File.separator + "crosscheck-streams";

    public static final String REPLICATION_FACTOR = StreamsConfig.REPLICATION_FACTOR_CONFIG;
    public static final String REPLICATION_FACTOR_DOC = "Replication factor of the crosscheck topics created at start "
            + "and of Kafka Streams' internal (changelog) topics; -1 means the broker's default.";
    public static final int REPLICATION_FACTOR_DEFAULT = 1;

    public static final String DEAD_LETTER_QUEUE_TOPIC = StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG;
    public static final String DEAD_LETTER_QUEUE_TOPIC_DOC = "Kafka Streams' dead-letter topic (KIP-1034): records "
            + "that cannot be deserialized or processed are written there with __streams.errors.* headers.";
    public static final String DEAD_LETTER_QUEUE_TOPIC_DEFAULT = Topics.ARTICLES_DLQ.name();

    public static final String DESERIALIZATION_EXCEPTION_HANDLER =
            StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG;
    public static final String DESERIALIZATION_EXCEPTION_HANDLER_DOC = "What to do with a record that cannot be "
            + "deserialized. The default logs it, writes it to the dead-letter topic and goes on.";
    public static final Class<?> DESERIALIZATION_EXCEPTION_HANDLER_DEFAULT = LogAndContinueExceptionHandler.class;

    public static final String PROCESSING_EXCEPTION_HANDLER = StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG;
    public static final String PROCESSING_EXCEPTION_HANDLER_DOC = "What to do when a processor throws. The default "
            + "logs, writes the source record to the dead-letter topic and goes on.";
    public static final Class<?> PROCESSING_EXCEPTION_HANDLER_DEFAULT = LogAndContinueProcessingExceptionHandler.class;

    public static final String PRODUCER_MAX_REQUEST_SIZE =
            StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    public static final String PRODUCER_MAX_REQUEST_SIZE_DOC = "Largest record Streams' producer sends, in bytes. A "
            + "dead letter is a copy of the record that failed, so this must exceed any record another client may put on "
            + "the input topic (over 1 MiB, compressed); below that the copy cannot be written and the partition stalls.";
    public static final int PRODUCER_MAX_REQUEST_SIZE_DEFAULT = 16 * 1024 * 1024;

    public static final String PRODUCER_COMPRESSION_TYPE =
            StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG);
    public static final String PRODUCER_COMPRESSION_TYPE_DOC = "Compression of everything Streams writes. zstd, so "
            + "that the dead-letter copy of a large record fits the broker's message size limit as the original did.";
    public static final String PRODUCER_COMPRESSION_TYPE_DEFAULT = "zstd";

    // ---- crosscheck's own settings ----

    public static final String RECONCILE_TOLERANCE = "crosscheck.reconcile.tolerance";
    public static final String RECONCILE_TOLERANCE_DOC = "Relative slack between two figures before they contradict, "
            + "in [0, 1).";
    public static final double RECONCILE_TOLERANCE_DEFAULT = ReconcileSettings.DEFAULTS.tolerance();

    public static final String EVENT_TTL = "crosscheck.reconcile.event.ttl";
    public static final String EVENT_TTL_DOC = "An event with no new claim for this long is forgotten; an ISO-8601 "
            + "duration such as P180D or PT12H.";
    public static final String EVENT_TTL_DEFAULT = ReconcileSettings.DEFAULTS.eventTtl().toString();

    public static final String EVENT_GRACE = "crosscheck.reconcile.event.grace";
    public static final String EVENT_GRACE_DOC = "How long after its TTL an event is still kept for late articles "
            + "(published within the TTL, arriving after newer ones); an ISO-8601 duration, may be PT0S.";
    public static final String EVENT_GRACE_DEFAULT = ReconcileSettings.DEFAULTS.grace().toString();

    public static final String RESTATEMENT_GAP = "crosscheck.reconcile.restatement.gap";
    public static final String RESTATEMENT_GAP_DOC = "A party repeating the same figure counts as publishing it again "
            + "(for UNDERCOUNT_OVER_TIME alerts) only this long after it first did; closer repeats are other outlets "
            + "carrying the same statement. An ISO-8601 duration.";
    public static final String RESTATEMENT_GAP_DEFAULT = ReconcileSettings.DEFAULTS.restatementGap().toString();

    public static final String CREATE_TOPICS = "crosscheck.topics.create";
    public static final String CREATE_TOPICS_DOC = "Create the crosscheck topics (partitions, compaction, replication "
            + "factor) at start when missing. Existing topics are left as they are.";
    public static final boolean CREATE_TOPICS_DEFAULT = true;

    /** Every crosscheck setting: name, type, default, validator, documentation. */
    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, Type.LIST, BOOTSTRAP_SERVERS_DEFAULT, Importance.HIGH, BOOTSTRAP_SERVERS_DOC)
            .define(APPLICATION_ID, Type.STRING, APPLICATION_ID_DEFAULT, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, APPLICATION_ID_DOC)
            .define(PROCESSING_GUARANTEE, Type.STRING, PROCESSING_GUARANTEE_DEFAULT,
                    ConfigDef.ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE),
                    Importance.MEDIUM, PROCESSING_GUARANTEE_DOC)
            .define(COMMIT_INTERVAL_MS, Type.LONG, COMMIT_INTERVAL_MS_DEFAULT, ConfigDef.Range.atLeast(0),
                    Importance.MEDIUM, COMMIT_INTERVAL_MS_DOC)
            .define(STATE_DIR, Type.STRING, STATE_DIR_DEFAULT, Importance.MEDIUM, STATE_DIR_DOC)
            .define(REPLICATION_FACTOR, Type.INT, REPLICATION_FACTOR_DEFAULT, Importance.MEDIUM, REPLICATION_FACTOR_DOC)
            .define(DEAD_LETTER_QUEUE_TOPIC, Type.STRING, DEAD_LETTER_QUEUE_TOPIC_DEFAULT, Importance.MEDIUM,
                    DEAD_LETTER_QUEUE_TOPIC_DOC)
            .define(DESERIALIZATION_EXCEPTION_HANDLER, Type.CLASS, DESERIALIZATION_EXCEPTION_HANDLER_DEFAULT,
                    Importance.MEDIUM, DESERIALIZATION_EXCEPTION_HANDLER_DOC)
            .define(PROCESSING_EXCEPTION_HANDLER, Type.CLASS, PROCESSING_EXCEPTION_HANDLER_DEFAULT,
                    Importance.MEDIUM, PROCESSING_EXCEPTION_HANDLER_DOC)
            .define(PRODUCER_MAX_REQUEST_SIZE, Type.INT, PRODUCER_MAX_REQUEST_SIZE_DEFAULT, ConfigDef.Range.atLeast(1),
                    Importance.LOW, PRODUCER_MAX_REQUEST_SIZE_DOC)
            .define(PRODUCER_COMPRESSION_TYPE, Type.STRING, PRODUCER_COMPRESSION_TYPE_DEFAULT, Importance.LOW,
                    PRODUCER_COMPRESSION_TYPE_DOC)
            .define(RECONCILE_TOLERANCE, Type.DOUBLE, RECONCILE_TOLERANCE_DEFAULT, StreamsSettings::checkTolerance,
                    Importance.MEDIUM, RECONCILE_TOLERANCE_DOC)
            .define(EVENT_TTL, Type.STRING, EVENT_TTL_DEFAULT, (name, value) -> parseDuration(name, value),
                    Importance.LOW, EVENT_TTL_DOC)
            .define(EVENT_GRACE, Type.STRING, EVENT_GRACE_DEFAULT, (name, value) -> parseNonNegative(name, value),
                    Importance.LOW, EVENT_GRACE_DOC)
            .define(RESTATEMENT_GAP, Type.STRING, RESTATEMENT_GAP_DEFAULT,
                    (name, value) -> parseNonNegative(name, value), Importance.LOW, RESTATEMENT_GAP_DOC)
            .define(CREATE_TOPICS, Type.BOOLEAN, CREATE_TOPICS_DEFAULT, Importance.LOW, CREATE_TOPICS_DOC);

    private StreamsSettings() {}

    /**
     * The given settings with every default filled in where absent ({@code putIfAbsent}): a given value
     * always wins over a default. Values are checked against their definitions.
     *
     * @throws ConfigException naming the setting when a value is invalid
     */
    public static Properties resolve(Properties overrides) {
        Properties resolved = new Properties();
        for (String name : overrides.stringPropertyNames()) {
            resolved.setProperty(name, overrides.getProperty(name));
        }
        overrides.forEach(resolved::putIfAbsent); // non-String values handed in programmatically
        for (ConfigDef.ConfigKey key : DEFINITION.configKeys().values()) {
            if (key.hasDefault() && key.defaultValue != null) {
                resolved.putIfAbsent(key.name, ConfigDef.convertToString(key.defaultValue, key.type));
            }
        }
        DEFINITION.parse(resolved); // validates; throws ConfigException naming the setting
        return resolved;
    }

    /**
     * Settings from environment variables: each {@value #ENV_PREFIX}{@code NAME} becomes the setting
     * {@code name} lower-cased with underscores turned into dots ({@code CROSSCHECK_BOOTSTRAP_SERVERS} ->
     * {@code bootstrap.servers}). Other variables are ignored.
     */
    public static Properties fromEnvironment(Map<String, String> env) {
        Properties props = new Properties();
        new TreeMap<>(env).forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length() && value != null) {
                props.setProperty(settingName(name), value);
            }
        });
        return props;
    }

    /** {@code CROSSCHECK_BOOTSTRAP_SERVERS} -> {@code bootstrap.servers}. */
    public static String settingName(String envVar) {
        if (!envVar.startsWith(ENV_PREFIX)) {
            throw new IllegalArgumentException(envVar + " does not start with " + ENV_PREFIX);
        }
        return envVar.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** {@code bootstrap.servers} -> {@code CROSSCHECK_BOOTSTRAP_SERVERS}. */
    public static String envName(String setting) {
        return ENV_PREFIX + setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** What Kafka Streams is given: the resolved settings without crosscheck's own ({@value #CROSSCHECK_PREFIX}*). */
    public static Properties streamsProperties(Properties resolved) {
        Properties streams = new Properties();
        resolved.forEach((k, v) -> {
            if (!String.valueOf(k).startsWith(CROSSCHECK_PREFIX)) {
                streams.put(k, v);
            }
        });
        return streams;
    }

    /** What an Admin client is given: bootstrap servers plus any client (security, timeouts) settings. */
    public static Properties adminProperties(Properties resolved) {
        Set<String> adminNames = AdminClientConfig.configNames();
        Properties admin = new Properties();
        resolved.forEach((k, v) -> {
            if (adminNames.contains(String.valueOf(k))) {
                admin.put(k, v);
            }
        });
        return admin;
    }

    /** The reconciler's settings from resolved settings. */
    public static ReconcileSettings reconcileSettings(Properties resolved) {
        Map<String, Object> parsed = DEFINITION.parse(resolved);
        return new ReconcileSettings((Double) parsed.get(RECONCILE_TOLERANCE),
                parseDuration(EVENT_TTL, parsed.get(EVENT_TTL)),
                parseNonNegative(EVENT_GRACE, parsed.get(EVENT_GRACE)),
                parseNonNegative(RESTATEMENT_GAP, parsed.get(RESTATEMENT_GAP)));
    }

    /** Replication factor for topics created at start; empty for the broker's default (-1). */
    public static Optional<Short> replicationFactor(Properties resolved) {
        int rf = (Integer) DEFINITION.parse(resolved).get(REPLICATION_FACTOR);
        return rf < 0 ? Optional.empty() : Optional.of((short) rf);
    }

    public static boolean createTopics(Properties resolved) {
        return (Boolean) DEFINITION.parse(resolved).get(CREATE_TOPICS);
    }

    /** Names of every setting defined here. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(DEFINITION.names());
    }

    private static void checkTolerance(String name, Object value) {
        if (!(value instanceof Double d) || d < 0 || d >= 1) {
            throw new ConfigException(name, value, "must be in [0, 1)");
        }
    }

    private static Duration parseNonNegative(String name, Object value) {
        try {
            Duration d = Duration.parse(String.valueOf(value));
            if (d.isNegative()) {
                throw new ConfigException(name, value, "must not be negative");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new ConfigException(name, value, "not an ISO-8601 duration such as P7D or PT0S");
        }
    }

    private static Duration parseDuration(String name, Object value) {
        try {
            Duration d = Duration.parse(String.valueOf(value));
            if (d.isNegative() || d.isZero()) {
                throw new ConfigException(name, value, "must be a positive duration");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new ConfigException(name, value, "not an ISO-8601 duration such as P180D or PT12H");
        }
    }
}
