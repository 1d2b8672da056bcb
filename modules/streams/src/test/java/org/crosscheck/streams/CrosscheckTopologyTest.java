package org.crosscheck.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Polarity;
import org.crosscheck.extract.Gazetteer;
import org.crosscheck.reconcile.ReconcileSettings;
import org.crosscheck.schema.kafka.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrosscheckTopologyTest {

    private static final Pipeline PIPELINE = Pipeline.standard(ReconcileSettings.DEFAULTS);

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestInputTopic<byte[], byte[]> rawArticles;
    private TestOutputTopic<String, CasualtyClaim> claims;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() {
        startDriver(StreamsSettings.PROCESSING_GUARANTEE_DEFAULT);
    }

    private void startDriver(String processingGuarantee) {
        if (driver != null) {
            driver.close();
        }
        Properties props = new Properties();
        props.setProperty(StreamsSettings.APPLICATION_ID, "crosscheck-topology-test");
        props.setProperty(StreamsSettings.STATE_DIR, stateDir.resolve(processingGuarantee).toString());
        props.setProperty(StreamsSettings.PROCESSING_GUARANTEE, processingGuarantee);
        Properties streamsProperties = StreamsSettings.streamsProperties(StreamsSettings.resolve(props));
        driver = new TopologyTestDriver(CrosscheckTopology.topology(PIPELINE, streamsProperties), streamsProperties);
        articles = DriverTopics.input(driver, Topics.ARTICLES);
        rawArticles = driver.createInputTopic(Topics.ARTICLES.name(),
                Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        claims = DriverTopics.output(driver, Topics.CLAIMS);
        deadLetters = DriverTopics.output(driver, Topics.ARTICLES_DLQ);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void everyNodeAndStoreHasItsFixedName() {
        Topology topology = CrosscheckTopology.topology(PIPELINE);
        TopologyDescription description = topology.describe();
        Map<String, TopologyDescription.Node> nodes = description.subtopologies().stream()
                .flatMap(s -> s.nodes().stream())
                .collect(Collectors.toMap(TopologyDescription.Node::name, n -> n));

        assertThat(nodes).containsOnlyKeys(CrosscheckTopology.ARTICLES_SOURCE, CrosscheckTopology.EXTRACT_CLAIMS,
                CrosscheckTopology.CLAIMS_SINK, CrosscheckTopology.CLAIMS_SOURCE, CrosscheckTopology.RECONCILE,
                CrosscheckTopology.ALERTS_SINK, CrosscheckTopology.EVENTS_SINK);
        assertThat(description.subtopologies()).hasSize(2);
        assertThat(description.globalStores()).isEmpty();

        assertThat(((TopologyDescription.Source) nodes.get(CrosscheckTopology.ARTICLES_SOURCE)).topicSet())
                .containsExactly(Topics.ARTICLES.name());
        assertThat(((TopologyDescription.Sink) nodes.get(CrosscheckTopology.CLAIMS_SINK)).topic())
                .isEqualTo(Topics.CLAIMS.name());
        assertThat(((TopologyDescription.Source) nodes.get(CrosscheckTopology.CLAIMS_SOURCE)).topicSet())
                .containsExactly(Topics.CLAIMS.name());
        assertThat(((TopologyDescription.Processor) nodes.get(CrosscheckTopology.RECONCILE)).stores())
                .containsExactly(CrosscheckTopology.EVENTS_STORE);
        assertThat(((TopologyDescription.Processor) nodes.get(CrosscheckTopology.EXTRACT_CLAIMS)).stores())
                .containsExactly(CrosscheckTopology.ARTICLE_CLAIMS_STORE);
        assertThat(((TopologyDescription.Sink) nodes.get(CrosscheckTopology.ALERTS_SINK)).topic())
                .isEqualTo(Topics.ALERTS.name());
        assertThat(((TopologyDescription.Sink) nodes.get(CrosscheckTopology.EVENTS_SINK)).topic())
                .isEqualTo(Topics.EVENTS.name());
        assertThat(nodes.get(CrosscheckTopology.EXTRACT_CLAIMS).successors())
                .extracting(TopologyDescription.Node::name).containsExactly(CrosscheckTopology.CLAIMS_SINK);
        assertThat(nodes.get(CrosscheckTopology.RECONCILE).successors())
                .extracting(TopologyDescription.Node::name)
                .containsExactlyInAnyOrder(CrosscheckTopology.ALERTS_SINK, CrosscheckTopology.EVENTS_SINK);

        String text = description.toString();
        assertThat(text).doesNotContain("KSTREAM-", "KTABLE-", "-repartition");
        Properties streamsProperties = StreamsSettings.streamsProperties(StreamsSettings.resolve(new Properties()));
        assertThat(CrosscheckTopology.topology(PIPELINE, streamsProperties).describe())
                .as("the configured topology is the same").isEqualTo(description);
    }

    @Test
    void claimsAreKeyedByTheirRegion() {
        articles.pipeInput(Articles.MAYADIN_AND_RAQQA.getId(), Articles.MAYADIN_AND_RAQQA,
                Articles.MAYADIN_AND_RAQQA.getPublishedAt());

        List<KeyValue<String, CasualtyClaim>> out = claims.readKeyValuesToList();

        assertThat(out).extracting(kv -> kv.key + " " + kv.value.getLocation().getId())
                .containsExactly("sy-deir-ez-zor sy-mayadin", "sy-raqqa sy-raqqa-city");
        assertThat(out).allSatisfy(kv ->
                assertThat(kv.value.getArticleId()).isEqualTo(Articles.MAYADIN_AND_RAQQA.getId()));
    }

    @Test
    void aCountryWideDenialGoesToEveryRegionOfTheCountry() {
        articles.pipeInput(Articles.RUSSIAN_DENIAL.getId(), Articles.RUSSIAN_DENIAL,
                Articles.RUSSIAN_DENIAL.getPublishedAt());

        List<KeyValue<String, CasualtyClaim>> out = claims.readKeyValuesToList();

        List<String> syrianRegions = Gazetteer.standard().regionsOf("sy");
        assertThat(syrianRegions).as("Syria's 14 governorates").hasSize(14).contains("sy-raqqa", "sy-deir-ez-zor", "sy-aleppo");
        assertThat(out).extracting(kv -> kv.key).containsExactlyInAnyOrderElementsOf(syrianRegions);
        assertThat(out).extracting(kv -> kv.value).allSatisfy(claim -> {
            assertThat(claim.getLocation().getId()).isEqualTo("sy");
            assertThat(claim.getPolarity()).isEqualTo(Polarity.DENIES);
            assertThat(claim.getClaimant().getId()).isEqualTo("russia");
        }).extracting(CasualtyClaim::getClaimId).containsOnly(Articles.RUSSIAN_DENIAL.getId() + "#1");
    }

    /**
     * Runs at_least_once: under exactly_once_v2 TopologyTestDriver (4.4) loses dead letters, because a
     * skipped record leads to no commit and the driver clears the mock producer's open transaction when it
     * captures output. PipelineIT checks the dead-letter topic under exactly_once_v2 on a real broker.
     */
    @Test
    void anUnreadableArticleGoesToTheDeadLetterTopicAndProcessingGoesOn() {
        startDriver(StreamsConfig.AT_LEAST_ONCE);
        byte[] garbage = "this is not an Avro article".getBytes(StandardCharsets.UTF_8);
        rawArticles.pipeInput("broken-1".getBytes(StandardCharsets.UTF_8), garbage);
        articles.pipeInput(Articles.MAYADIN_AND_RAQQA.getId(), Articles.MAYADIN_AND_RAQQA,
                Articles.MAYADIN_AND_RAQQA.getPublishedAt());

        assertThat(claims.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("sy-deir-ez-zor", "sy-raqqa");

        List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(1);
        TestRecord<byte[], byte[]> letter = dead.get(0);
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("broken-1");
        assertThat(letter.value()).isEqualTo(garbage);
        Map<String, String> headers = new java.util.TreeMap<>();
        for (Header h : letter.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        assertThat(headers).containsKeys("__streams.errors.exception", "__streams.errors.message",
                "__streams.errors.stacktrace", "__streams.errors.topic", "__streams.errors.partition",
                "__streams.errors.offset");
        assertThat(headers.get("__streams.errors.topic")).isEqualTo(Topics.ARTICLES.name());
        assertThat(headers.get("__streams.errors.exception")).contains("SerializationException");
    }
}
