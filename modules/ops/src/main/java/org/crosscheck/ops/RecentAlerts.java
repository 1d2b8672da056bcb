package org.crosscheck.ops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;

/**
 * The latest state of the most recent alerts, newest first, bounded: an alert that changes (UPDATED,
 * RESOLVED) moves to the front rather than appearing twice. Also remembers the url of recent articles
 * (from the articles topic), so each claim can link to the article that made it, and tells listeners
 * (the server-sent events stream) of each new state. Thread-safe.
 */
public final class RecentAlerts {

    public static final int DEFAULT_CAPACITY = 200;
    static final int ARTICLE_URLS = 20_000;

    /** One alert state as received, with the urls of the articles its claims come from (null: unknown). */
    public record Entry(Instant receivedAt, ContradictionAlert alert, Map<String, String> articleUrls) {
    }

    private final int capacity;
    private final LinkedHashMap<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, String> urls = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > ARTICLE_URLS;
        }
    });
    private final List<Consumer<Entry>> listeners = new CopyOnWriteArrayList<>();

    public RecentAlerts() {
        this(DEFAULT_CAPACITY);
    }

    public RecentAlerts(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    public void articleUrl(String articleId, String url) {
        if (articleId != null && url != null && !url.isBlank()) {
            urls.put(articleId, url);
        }
    }

    public void add(ContradictionAlert alert, Instant receivedAt) {
        Entry entry = new Entry(receivedAt, alert, urlsOf(alert));
        synchronized (byId) {
            byId.remove(alert.getAlertId());
            byId.put(alert.getAlertId(), entry);
            while (byId.size() > capacity) {
                byId.remove(byId.keySet().iterator().next());
            }
        }
        for (Consumer<Entry> l : listeners) {
            l.accept(entry);
        }
    }

    /** At most {@code limit} entries, newest first, their article urls looked up again (one may have arrived since). */
    public List<Entry> newestFirst(int limit) {
        List<Entry> out = new ArrayList<>();
        synchronized (byId) {
            List<Entry> all = new ArrayList<>(byId.values());
            for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
                out.add(all.get(i));
            }
        }
        out.replaceAll(e -> new Entry(e.receivedAt(), e.alert(), urlsOf(e.alert())));
        return out;
    }

    public int size() {
        synchronized (byId) {
            return byId.size();
        }
    }

    public void addListener(Consumer<Entry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Entry> listener) {
        listeners.remove(listener);
    }

    private Map<String, String> urlsOf(ContradictionAlert alert) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CasualtyClaim c : alert.getClaims()) {
            out.put(c.getArticleId(), urls.get(c.getArticleId()));
        }
        return out;
    }
}
