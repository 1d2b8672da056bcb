package org.crosscheck.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.reconcile.ReconcileSettings;
import org.crosscheck.schema.kafka.Topics;
import org.crosscheck.streams.CrosscheckTopology;
import org.crosscheck.streams.Pipeline;
import org.crosscheck.streams.StreamsSettings;

/**
 * The real crosscheck topology run without a broker, through {@link TopologyTestDriver}: the same
 * processors, state store, serdes and dead-letter handling as {@code run}, so {@code check} answers
 * exactly what the deployed pipeline would. Articles go in one at a time; after each, the alerts (and
 * dead letters) it caused are taken out, in order.
 *
 * <p>The state store lives in a temporary directory of its own, deleted on close, so two {@code check}
 * runs never share state.
 */
final class OfflinePipeline implements AutoCloseable {

    /** KIP-1034's header carrying the exception message on a dead letter. */
    static final String DLQ_MESSAGE_HEADER = "__streams.errors.message";

    /** What one article caused: the alert records, and the reasons of any dead letters. */
    record Output(List<ContradictionAlert> alerts, List<String> deadLetters) {
    }

    private final Path stateDir;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, Article> articles;
    private final TestOutputTopic<String, ContradictionAlert> alerts;
    private final TestOutputTopic<byte[], byte[]> deadLetters;

    OfflinePipeline() throws IOException {
        this.stateDir = Files.createTempDirectory("crosscheck-check-");
        try {
            Properties overrides = new Properties();
            overrides.setProperty(StreamsSettings.STATE_DIR, stateDir.toString());
            Properties settings = StreamsSettings.streamsProperties(StreamsSettings.resolve(overrides));
            StreamsBuilder builder = new StreamsBuilder();
            CrosscheckTopology.build(builder, Pipeline.standard(ReconcileSettings.DEFAULTS));
            this.driver = new TopologyTestDriver(builder.build(settings), settings);
        } catch (RuntimeException e) {
            deleteStateDir();
            throw e;
        }
        this.articles = driver.createInputTopic(Topics.ARTICLES.name(),
                Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer());
        this.alerts = driver.createOutputTopic(Topics.ALERTS.name(),
                Topics.ALERTS.keySerde().deserializer(), Topics.ALERTS.valueSerde().deserializer());
        this.deadLetters = driver.createOutputTopic(Topics.ARTICLES_DLQ.name(),
                Topics.ARTICLES_DLQ.keySerde().deserializer(), Topics.ARTICLES_DLQ.valueSerde().deserializer());
    }

    /** Pipes one article, keyed by id and stamped with its publication time, as an ingest would. */
    Output process(Article article) {
        articles.pipeInput(article.getId(), article, article.getPublishedAt());
        List<ContradictionAlert> raised = new ArrayList<>();
        while (!alerts.isEmpty()) {
            ContradictionAlert alert = alerts.readValue();
            if (alert != null) { // a tombstone is compaction's business, not an alert state
                raised.add(alert);
            }
        }
        List<String> failed = new ArrayList<>();
        // the dead-letter topic is not a sink of the topology: the driver knows it only once written to
        // (and warns on every read before that)
        while (driver.producedTopicNames().contains(Topics.ARTICLES_DLQ.name()) && !deadLetters.isEmpty()) {
            failed.add(reason(deadLetters.readRecord()));
        }
        return new Output(raised, failed);
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            deleteStateDir();
        }
    }

    private static String reason(TestRecord<byte[], byte[]> deadLetter) {
        Header message = deadLetter.headers().lastHeader(DLQ_MESSAGE_HEADER);
        return message == null || message.value() == null
                ? "the pipeline could not process it"
                : "the pipeline could not process it: " + new String(message.value(), StandardCharsets.UTF_8);
    }

    private void deleteStateDir() {
        try (Stream<Path> paths = Files.walk(stateDir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + stateDir, e);
        }
    }
}
