package org.crosscheck.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;

/** The HTTP endpoints without Kafka: health, metrics, the static dashboard, the alerts API and its event stream. */
class OpsHttpServerTest {

    private final OpsMetrics metrics = new OpsMetrics();
    private final RecentAlerts alerts = new RecentAlerts();
    private final AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.REBALANCING);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private OpsHttpServer server;
    private URI base;

    @BeforeEach
    void start() throws Exception {
        server = new OpsHttpServer("127.0.0.1", 0, metrics, alerts, () -> null, state::get);
        server.start();
        base = server.dashboardUri();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesOnLoopbackAndReportsItsAddress() {
        assertThat(base.toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void readyOnlyWhileRunningAndLiveAlways() throws Exception {
        HttpResponse<String> notReady = get("/health/ready");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).contains("REBALANCING");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);

        state.set(KafkaStreams.State.RUNNING);
        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"RUNNING\"}");
    }

    @Test
    void metricsInPrometheusTextFormat() throws Exception {
        metrics.articleRead();
        HttpResponse<String> r = get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(r.body()).contains("crosscheck_articles_read_total 1.0");
    }

    @Test
    void theDashboardIsStaticAndSelfContained() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/dashboard.js\"").doesNotContain("http://").doesNotContain("https://");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
        HttpResponse<String> js = get("/dashboard.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body()).contains("EventSource('/api/stream')").doesNotContain("innerHTML");
        assertThat(get("/dashboard.css").statusCode()).isEqualTo(200);
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(base.resolve("/metrics"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void lagIsUnavailableUntilMeasured() throws Exception {
        assertThat(get("/api/lag").statusCode()).isEqualTo(503);
    }

    @Test
    void alertsNewestFirstOneEntryPerAlertWithArticleUrls() throws Exception {
        alerts.articleUrl("a1", "https://example.org/a1");
        alerts.add(TestRecords.alert("alert-1", "OPEN"), Instant.parse("2024-01-01T00:00:00Z"));
        alerts.add(TestRecords.alert("alert-2", "OPEN"), Instant.parse("2024-01-01T00:00:01Z"));
        alerts.add(TestRecords.alert("alert-1", "UPDATED"), Instant.parse("2024-01-01T00:00:02Z"));

        JsonNode list = OpsJson.MAPPER.readTree(get("/api/alerts").body());

        assertThat(list).hasSize(2);
        assertThat(list.get(0).at("/alert/alert_id").asText()).isEqualTo("alert-1");
        assertThat(list.get(0).at("/alert/status").asText()).isEqualTo("UPDATED");
        assertThat(list.get(0).at("/article_urls/a1").asText()).isEqualTo("https://example.org/a1");
        assertThat(list.get(0).at("/article_urls/b1").isNull()).isTrue();
        assertThat(list.get(1).at("/alert/alert_id").asText()).isEqualTo("alert-2");
        assertThat(OpsJson.MAPPER.readTree(get("/api/alerts?limit=1").body())).hasSize(1);
    }

    @Test
    @Timeout(20)
    void eachNewAlertIsPushedAsAServerSentEvent() throws Exception {
        HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(base.resolve("/api/stream")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/event-stream"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("retry: 3000");
            alerts.add(TestRecords.alert("alert-sse", "OPEN"), Instant.now());
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("event:")) {
                // blank separator lines
            }
            assertThat(line).isEqualTo("event: alert");
            String data = lines.readLine();
            assertThat(data).startsWith("data: ");
            assertThat(OpsJson.MAPPER.readTree(data.substring(6)).at("/alert/alert_id").asText()).isEqualTo("alert-sse");
        }
    }
}
