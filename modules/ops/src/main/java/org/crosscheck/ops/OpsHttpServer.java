package org.crosscheck.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The operations endpoints, on the JDK's own {@link HttpServer}:
 *
 * <pre>
 * GET /              the dashboard (static HTML, CSS and JS from the jar)
 * GET /metrics       Prometheus text format
 * GET /health/live   200 while the process serves
 * GET /health/ready  200 while the Streams application is RUNNING, else 503; the body names the state
 * GET /api/lag       lag per group, topic and partition, now and over the last minutes
 * GET /api/alerts    recent alerts, newest first (?limit=N)
 * GET /api/stats     counter totals and the Streams state, for the dashboard
 * GET /api/stream    server-sent events: each new alert state as it arrives
 * </pre>
 *
 * Everything is read-only; any other method is refused (405).
 */
final class OpsHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);
    private static final String WEB = "/org/crosscheck/ops/web/";
    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/dashboard.js", "dashboard.js",
            "/dashboard.css", "dashboard.css");
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final HttpServer server;
    private final ExecutorService executor;
    private final EventStream events = new EventStream();
    private final OpsMetrics metrics;
    private final RecentAlerts alerts;
    private final Supplier<LagPoller> lag;
    private final Supplier<KafkaStreams.State> state;
    private final Map<String, byte[]> resources = new HashMap<>();
    private final long startedAt = System.currentTimeMillis();
    private final java.util.function.Consumer<RecentAlerts.Entry> alertListener = this::onAlert;

    OpsHttpServer(String host, int port, OpsMetrics metrics, RecentAlerts alerts, Supplier<LagPoller> lag,
                  Supplier<KafkaStreams.State> state) throws IOException {
        this.metrics = metrics;
        this.alerts = alerts;
        this.lag = lag;
        this.state = state;
        for (String name : STATIC.values()) {
            resources.put(name, load(name));
        }
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "crosscheck-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        alerts.addListener(alertListener);
    }

    void start() {
        server.start();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    /** Where a browser on this machine opens the dashboard (loopback when bound to every interface). */
    URI dashboardUri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    private void onAlert(RecentAlerts.Entry entry) {
        if (events.clients() > 0) {
            events.publish("alert", OpsJson.write(OpsJson.alert(entry)));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain", "method not allowed\n");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case OpsSettings.METRICS_PATH -> send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
                case OpsSettings.LIVE_PATH -> json(exchange, 200, status("UP"));
                case OpsSettings.READY_PATH -> ready(exchange);
                case "/api/lag" -> lag(exchange);
                case "/api/alerts" -> json(exchange, 200, OpsJson.write(OpsJson.alerts(alerts.newestFirst(limit(exchange)))));
                case "/api/stats" -> json(exchange, 200, OpsJson.write(stats()));
                case "/api/stream" -> stream(exchange);
                case "/favicon.ico" -> send(exchange, 204, "text/plain", "");
                default -> staticFile(exchange, path);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("HTTP {} failed: {}", exchange.getRequestURI(), e.toString());
            exchange.close();
        }
    }

    private void ready(HttpExchange exchange) throws IOException {
        KafkaStreams.State s = state.get();
        boolean running = s == KafkaStreams.State.RUNNING;
        json(exchange, running ? 200 : 503, status(String.valueOf(s)));
    }

    private void lag(HttpExchange exchange) throws IOException {
        LagPoller poller = lag.get();
        if (poller == null) {
            json(exchange, 503, "{\"error\":\"lag is measured once the pipeline's topics exist\",\"series\":[],\"reports\":[]}");
            return;
        }
        json(exchange, 200, OpsJson.write(OpsJson.lag(poller)));
    }

    private void stream(HttpExchange exchange) throws IOException {
        if (!events.open(exchange)) {
            send(exchange, 503, "text/plain", "too many event streams open\n");
        }
    }

    private ObjectNode stats() {
        OpsMetrics.Totals t = metrics.totals();
        ObjectNode node = OpsJson.MAPPER.createObjectNode();
        node.put("at", System.currentTimeMillis());
        node.put("uptime_seconds", (System.currentTimeMillis() - startedAt) / 1000);
        node.put("state", String.valueOf(state.get()));
        node.put("articles_read", t.articlesRead());
        node.put("claims_extracted", t.claimsExtracted());
        node.put("alerts_raised", t.alertsRaised());
        node.put("dead_letters", t.deadLetters());
        ObjectNode reasons = node.putObject("dead_letters_by_reason");
        t.deadLettersByReason().forEach(reasons::put);
        ObjectNode claimants = node.putObject("claims_by_claimant");
        t.claimsByClaimant().forEach(claimants::put);
        return node;
    }

    private void staticFile(HttpExchange exchange, String path) throws IOException {
        String name = STATIC.get(path);
        if (name == null) {
            send(exchange, 404, "text/plain", "not found: " + path + "\n");
            return;
        }
        String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        send(exchange, 200, type, resources.get(name));
    }

    private static int limit(HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("limit=")) {
                    try {
                        return Math.max(1, Math.min(RecentAlerts.DEFAULT_CAPACITY, Integer.parseInt(part.substring(6))));
                    } catch (NumberFormatException e) {
                        break;
                    }
                }
            }
        }
        return RecentAlerts.DEFAULT_CAPACITY;
    }

    private static String status(String status) {
        return "{\"status\":\"" + status + "\"}";
    }

    private static void json(HttpExchange exchange, int code, String body) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, code, "application/json; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int code, String type, String body) throws IOException {
        send(exchange, code, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (code == 204) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            exchange.sendResponseHeaders(code, head ? -1 : body.length);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head && code != 204) {
                out.write(body);
            }
        }
    }

    private static byte[] load(String name) {
        try (InputStream in = OpsHttpServer.class.getResourceAsStream(WEB + name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard resource missing from the jar: " + WEB + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        alerts.removeListener(alertListener);
        events.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
