package org.crosscheck.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * Server-sent events to every open {@code /api/stream}: one {@code event: alert} per new alert state,
 * its data the same JSON object {@code /api/alerts} lists. The exchange stays open after its handler
 * returns (no thread is held per client); a comment line every {@value #HEARTBEAT_SECONDS} s keeps
 * proxies from closing an idle stream and finds clients that went away. At most {@value #MAX_CLIENTS}
 * clients at once.
 */
final class EventStream implements AutoCloseable {

    static final int MAX_CLIENTS = 64;
    static final int HEARTBEAT_SECONDS = 15;

    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "crosscheck-sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    EventStream() {
        heartbeat.scheduleAtFixedRate(() -> send(": keep-alive\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Opens the stream on {@code exchange}; false (and nothing sent) when there are too many clients. */
    boolean open(HttpExchange exchange) throws IOException {
        if (clients.size() >= MAX_CLIENTS) {
            return false;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        synchronized (exchange) {
            out.write("retry: 3000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        clients.add(exchange);
        return true;
    }

    void publish(String event, String json) {
        send("event: " + event + "\ndata: " + json.replace("\n", "\ndata: ") + "\n\n");
    }

    int clients() {
        return clients.size();
    }

    private void send(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (HttpExchange exchange : clients) {
            try {
                synchronized (exchange) {
                    OutputStream out = exchange.getResponseBody();
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException | RuntimeException gone) {
                clients.remove(exchange);
                exchange.close();
            }
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (HttpExchange exchange : clients) {
            clients.remove(exchange);
            exchange.close();
        }
    }
}
