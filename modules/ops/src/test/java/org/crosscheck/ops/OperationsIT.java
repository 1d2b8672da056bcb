package org.crosscheck.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.crosscheck.avro.Article;
import org.crosscheck.broker.KafkaCluster;
import org.crosscheck.broker.KafkaClusterExtension;
import org.crosscheck.schema.JsonRecords;
import org.crosscheck.schema.kafka.Topics;
import org.crosscheck.streams.ArticleValidator;
import org.crosscheck.streams.CrosscheckApp;
import org.crosscheck.streams.StreamsSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operations layer around a real pipeline on a real broker, one of each for the whole class:
 * health and metrics, bad input dead-lettered with its reason and counted while the good records around
 * it go through, and the dashboard in a real headless Chromium showing an alert and the lag chart.
 */
@ExtendWith(KafkaClusterExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path stateDir;

    private static KafkaCluster cluster;
    private static String applicationId;
    private static Operations ops;
    private static CrosscheckApp app;
    private static URI base;
    private static int readyBeforeStart;

    @BeforeAll
    static void startPipelineAndOperations(KafkaCluster kafka) throws Exception {
        cluster = kafka;
        applicationId = "crosscheck-ops-it-" + RUN;
        Properties settings = new Properties();
        settings.setProperty(StreamsSettings.BOOTSTRAP_SERVERS, cluster.bootstrapServers());
        settings.setProperty(StreamsSettings.APPLICATION_ID, applicationId);
        settings.setProperty(StreamsSettings.STATE_DIR, stateDir.toString());
        settings.setProperty(OpsSettings.HTTP_PORT, "0");
        settings.setProperty(OpsSettings.LAG_INTERVAL_MS, "1000");

        ops = Operations.create(OpsSettings.config(StreamsSettings.resolve(settings)));
        app = new CrosscheckApp(settings, null, ops.pipelineMetrics());
        base = ops.serve(app.streams(), false);
        readyBeforeStart = get("/health/ready").statusCode();
        app.start();
        app.awaitRunning(WAIT);
        ops.follow();
    }

    @AfterAll
    static void stop() {
        if (ops != null) {
            ops.close();
        }
        if (app != null) {
            app.streams().close(CloseOptions.timeout(Duration.ofSeconds(30))
                    .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void readyOnlyOnceRunningAndMetricsForPrometheus() throws Exception {
        assertThat(readyBeforeStart).as("/health/ready before the application started").isEqualTo(503);
        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("RUNNING");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);

        String metrics = get("/metrics").body();
        assertThat(metrics).contains("crosscheck_articles_read_total").contains("crosscheck_dead_letters_total")
                // Micrometer's Kafka Streams binder: the application's own clients and threads
                .containsPattern("(?m)^kafka_stream_thread_\\w+\\{");

        // the lag poller measures the pipeline's own group, every partition it reads, and finds it idle
        await("lag measured for the pipeline's group", () -> metrics().contains(
                "crosscheck_consumer_lag_records{group=\"" + applicationId + "\",partition=\"0\",topic=\"" + Topics.ARTICLES.name()));
        await("lag history on /api/lag", () -> OpsJson.MAPPER.readTree(get("/api/lag").body()).get("series").size() > 0);
    }

    @Test
    @Order(2)
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void badInputIsDeadLetteredWithItsReasonAndCountedAndTheGoodAroundItGoesThrough() throws Exception {
        long readBefore = ops.metrics().totals().articlesRead();
        String prefix = "bad-" + RUN + "-";
        List<String> good = new ArrayList<>();
        Map<String, String> expectedReason = new HashMap<>(); // dead-letter key -> reason
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        // one partition for all, so every bad record sits between good ones in the same log
        int partition = 0;
        records.add(goodRecord(prefix + "good-1", partition, good));
        records.add(raw(prefix + "not-avro", partition, "{\"id\": \"json, not Avro\"}".getBytes(StandardCharsets.UTF_8)));
        expectedReason.put(prefix + "not-avro", "undecodable");
        records.add(goodRecord(prefix + "good-2", partition, good));
        records.add(articleRecord(prefix + "empty-body", partition, withBody(sohr(prefix + "empty-body"), "  \n ")));
        expectedReason.put(prefix + "empty-body", ArticleValidator.Reason.EMPTY_BODY.code());
        records.add(goodRecord(prefix + "good-3", partition, good));
        records.add(articleRecord(prefix + "blank-id", partition, Article.newBuilder(sohr("x")).setId(" ").build()));
        expectedReason.put(prefix + "blank-id", ArticleValidator.Reason.BLANK_ID.code());
        records.add(goodRecord(prefix + "good-4", partition, good));
        records.add(articleRecord(prefix + "no-date", partition,
                Article.newBuilder(sohr(prefix + "no-date")).setPublishedAt(Instant.EPOCH).build()));
        expectedReason.put(prefix + "no-date", ArticleValidator.Reason.MISSING_DATE.code());
        records.add(goodRecord(prefix + "good-5", partition, good));
        // over 1 MiB of text: `ingest` refuses it; another client, with a raised max.request.size, sends it anyway
        String huge = "Residents said the market was crowded. ".repeat(ArticleValidator.MAX_ARTICLE_BYTES / 30);
        records.add(articleRecord(prefix + "too-large", partition, withBody(sohr(prefix + "too-large"), huge)));
        expectedReason.put(prefix + "too-large", ArticleValidator.Reason.TOO_LARGE.code());
        records.add(goodRecord(prefix + "good-6", partition, good));

        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"); // the broker takes it compressed
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> r : records) {
                producer.send(r).get(); // in order: each bad record has good ones on both sides
            }
        }

        // each bad record is on the dead-letter topic with Kafka Streams' headers and a readable reason
        Map<String, ConsumerRecord<byte[], byte[]>> dead = readUntil(Topics.ARTICLES_DLQ.name(), expectedReason.keySet());
        assertThat(dead.keySet()).containsExactlyInAnyOrderElementsOf(expectedReason.keySet());
        for (Map.Entry<String, ConsumerRecord<byte[], byte[]>> e : dead.entrySet()) {
            Map<String, String> headers = DeadLetters.describe(e.getValue().headers());
            assertThat(DeadLetters.reason(e.getValue().headers())).as(e.getKey() + " " + headers).isEqualTo(expectedReason.get(e.getKey()));
            assertThat(headers).containsKeys(DeadLetters.EXCEPTION, DeadLetters.MESSAGE, "__streams.errors.topic",
                    "__streams.errors.partition", "__streams.errors.offset");
            assertThat(headers.get("__streams.errors.topic")).isEqualTo(Topics.ARTICLES.name());
        }
        assertThat(DeadLetters.describe(dead.get(prefix + "empty-body").headers()).get(DeadLetters.MESSAGE))
                .startsWith("empty_body: article '" + prefix + "empty-body' has an empty body");

        // ... and counted in /metrics by reason
        for (String reason : new HashSet<>(expectedReason.values())) {
            await("crosscheck_dead_letters_total{reason=\"" + reason + "\"} = 1",
                    () -> metricValue(metrics(), "crosscheck_dead_letters_total{reason=\"" + reason + "\"}") == 1.0);
        }

        // every good article around them was processed: read, and its claims on the claims topic
        Set<String> claimed = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> r : readUntil(Topics.CLAIMS.name(), Set.copyOf(good), record ->
                Topics.CLAIMS.valueSerde().deserializer().deserialize(record.topic(), record.value()).getArticleId()).values()) {
            claimed.add(Topics.CLAIMS.valueSerde().deserializer().deserialize(r.topic(), r.value()).getArticleId());
        }
        assertThat(claimed).containsExactlyInAnyOrderElementsOf(good);
        await("6 more articles read", () -> ops.metrics().totals().articlesRead() - readBefore == good.size());
        assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    @Test
    @Order(3)
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void theDashboardShowsAlertsAsTheyArriveAndTheLagChart() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            browser.get(base.toString());
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.until(d -> d.findElement(By.id("live")).getText().equals("live"));

            // the sample articles of the demo: several parties contradicting each other
            List<Article> samples = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("../app/src/main/resources/crosscheck/demo/articles.jsonl"))) {
                if (!line.isBlank()) {
                    samples.add(JsonRecords.fromJson(line, Article.class));
                }
            }
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                for (Article a : samples) {
                    producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), a.getId().getBytes(StandardCharsets.UTF_8),
                            Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), a)));
                }
            }

            // an alert arrives over the event stream, with its claimants, figures, kind and a link to its article
            WebElement alert = wait.until(d -> d.findElements(By.cssSelector("#alerts li.alert")).stream().findFirst().orElse(null));
            assertThat(alert.getAttribute("data-alert-id")).isNotBlank();
            assertThat(alert.findElement(By.cssSelector(".badge.kind")).getText()).matches("NUMERIC|DENIAL|SUBSET|TREND|UNDERCOUNT_OVER_TIME");
            assertThat(alert.findElement(By.cssSelector(".badge.status")).getText()).matches("OPEN|UPDATED|RESOLVED");
            assertThat(alert.findElement(By.cssSelector(".who")).getText()).contains(" vs ");
            assertThat(alert.findElements(By.cssSelector(".claims li"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(alert.findElement(By.cssSelector(".summary")).getText()).isNotBlank();
            wait.until(d -> !d.findElements(By.cssSelector("#alerts a.article[href^='https://example.org/demo/']")).isEmpty());
            assertThat(browser.findElement(By.id("no-alerts")).isDisplayed()).isFalse();

            // the lag chart has measurements, drawn as lines, and the counters moved
            wait.until(d -> Integer.parseInt(d.findElement(By.id("lag-chart")).getAttribute("data-points")) >= 12);
            assertThat(browser.findElements(By.cssSelector("#lag-chart svg polyline.series"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#lag-rows tr"))).hasSizeGreaterThanOrEqualTo(12);
            wait.until(d -> !d.findElement(By.id("articles-read")).getText().equals("0"));
            assertThat(browser.findElement(By.id("dead-letters")).getText()).isEqualTo("5");
            assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("pipeline RUNNING");
            wait.until(d -> d.findElements(By.cssSelector("#alerts li.alert")).size() >= 3);

            // a burst of reprints (the samples again under new ids), so the chart has something to show, then
            // a few more measurements and the picture for the README
            int copies = 40;
            long readBefore = ops.metrics().totals().articlesRead();
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 20), new ByteArraySerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < copies; i++) {
                    for (Article a : samples) {
                        Article copy = Article.newBuilder(a).setId(a.getId() + "-reprint-" + i).build();
                        producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), copy.getId().getBytes(StandardCharsets.UTF_8),
                                Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), copy)));
                    }
                }
            }
            long total = readBefore + (long) copies * samples.size();
            await("the reprints read", () -> ops.metrics().totals().articlesRead() >= total);
            int points = Integer.parseInt(browser.findElement(By.id("lag-chart")).getAttribute("data-points"));
            wait.until(d -> Integer.parseInt(d.findElement(By.id("lag-chart")).getAttribute("data-points")) >= points + 3 * 12);
            Path shot = Path.of(System.getProperty("crosscheck.screenshot", "target/dashboard.png"));
            Files.createDirectories(shot.toAbsolutePath().getParent());
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            assertThat(Files.size(shot)).isGreaterThan(10_000);
            if (Boolean.getBoolean("crosscheck.screenshot.docs")) {
                Files.copy(shot, Path.of("../../docs/dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            browser.quit();
        }
    }

    // ---- helpers ----

    /** Debian's chromium through Debian's chromedriver, headless, offline; fails clearly when they are missing. */
    static final class Chromium {
        static WebDriver start() throws Exception {
            File binary = new File(System.getProperty("crosscheck.chromium", "/usr/bin/chromium"));
            File driver = new File(System.getProperty("crosscheck.chromedriver", "/usr/bin/chromedriver"));
            assertThat(binary).as("Chromium is needed for the dashboard test: apt-get install chromium chromium-driver"
                    + " (.ci/run installs them); not found at " + binary).exists();
            assertThat(driver).as("chromedriver is needed for the dashboard test: apt-get install chromium-driver"
                    + " (.ci/run installs it); not found at " + driver).exists();
            System.setProperty("SE_OFFLINE", "true"); // Selenium Manager never goes looking on the network
            System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver.getPath());
            Path profile = Files.createTempDirectory("crosscheck-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--window-size=1440,1200", "--hide-scrollbars",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                    .usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        }
    }

    private static ProducerRecord<byte[], byte[]> goodRecord(String id, int partition, List<String> good) {
        good.add(id);
        return articleRecord(id, partition, sohr(id));
    }

    private static ProducerRecord<byte[], byte[]> articleRecord(String key, int partition, Article article) {
        return raw(key, partition, Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), article));
    }

    private static ProducerRecord<byte[], byte[]> raw(String key, int partition, byte[] value) {
        return new ProducerRecord<>(Topics.ARTICLES.name(), partition, key.getBytes(StandardCharsets.UTF_8), value);
    }

    private static Article sohr(String id) {
        return TestRecords.article(id, "https://example.org/" + id, "Levant Wire", "2017-06-16T09:00:00Z",
                "Coalition strikes hit Raqqa",
                "The Syrian Observatory for Human Rights said coalition airstrikes killed 24 civilians in Raqqa on Thursday.");
    }

    private static Article withBody(Article a, String body) {
        return Article.newBuilder(a).setBody(body).build();
    }

    private static Map<String, ConsumerRecord<byte[], byte[]>> readUntil(String topic, Set<String> keys) {
        return readUntil(topic, keys, r -> r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8));
    }

    /** Reads {@code topic} from the beginning (read_committed) until every one of {@code keys} was seen, by {@code keyOf}. */
    private static Map<String, ConsumerRecord<byte[], byte[]>> readUntil(String topic, Set<String> keys,
            java.util.function.Function<ConsumerRecord<byte[], byte[]>, String> keyOf) {
        Map<String, ConsumerRecord<byte[], byte[]>> found = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "ops-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!found.keySet().containsAll(keys) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(250))) {
                    String k = keyOf.apply(r);
                    if (keys.contains(k)) {
                        found.putIfAbsent(k, r);
                    }
                }
            }
        }
        return found;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String metrics() throws Exception {
        return get("/metrics").body();
    }

    private static double metricValue(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    @FunctionalInterface
    interface Check {
        boolean ok() throws Exception;
    }

    /** Waits for a condition, polling, up to {@link #WAIT}. */
    private static void await(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.ok()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + WAIT + ": " + what);
    }
}
