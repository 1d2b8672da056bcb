package org.crosscheck.app;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.crosscheck.avro.Article;
import org.crosscheck.schema.kafka.Topics;

/**
 * Sends articles to the articles topic, keyed by article id (so a re-sent article lands on the same
 * partition and replaces the earlier version downstream), with the topic registry's Avro serde.
 *
 * <p>Idempotent with {@code acks=all}: a retry after a lost acknowledgement never writes an article
 * twice, and an acknowledged article survives a broker failover. Sends are asynchronous; a failed
 * delivery is reported against the input line it came from. Used by {@code ingest} and {@code demo}.
 */
final class Ingestor implements AutoCloseable {

    /** How long {@code send} may block for metadata (an unreachable cluster): short, this is a CLI. */
    private static final Duration MAX_BLOCK = Duration.ofSeconds(30);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, Article> producer;
    private final String topic;
    private final JsonLinesReader.ErrorHandler onFailure;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    Ingestor(Producer<String, Article> producer, String topic, JsonLinesReader.ErrorHandler onFailure) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /** Checks the cluster answers and the topic exists (see {@link TopicProbe}), then opens a producer. */
    static Ingestor connect(String bootstrapServers, String topic, JsonLinesReader.ErrorHandler onFailure)
            throws InterruptedException {
        TopicProbe.requireTopic(bootstrapServers, topic);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "crosscheck-ingest",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                // a few ms of batching: a file of articles goes out in far fewer requests
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
        Producer<String, Article> producer = new KafkaProducer<>(config,
                Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer());
        return new Ingestor(producer, topic, onFailure);
    }

    /**
     * Sends one article; its delivery is confirmed or reported (as {@code line N: not delivered: ...})
     * by {@link #flush()} at the latest.
     */
    void send(long lineNumber, Article article) {
        producer.send(new ProducerRecord<>(topic, article.getId(), article), (metadata, error) -> {
            if (error == null) {
                acknowledged.incrementAndGet();
            } else {
                failed.incrementAndGet();
                onFailure.badLine(lineNumber, "not delivered: " + error.getMessage());
            }
        });
    }

    /** Waits until every article sent so far is acknowledged or has failed. */
    void flush() {
        producer.flush();
    }

    long acknowledged() {
        return acknowledged.get();
    }

    long failed() {
        return failed.get();
    }

    String topic() {
        return topic;
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }
}
