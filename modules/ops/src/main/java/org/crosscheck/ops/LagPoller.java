package org.crosscheck.ops;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the lag of the configured groups on a schedule, feeds the lag gauges and keeps the recent
 * measurements for the dashboard's chart ({@value #HISTORY_MINUTES} minutes of them). A failed
 * measurement (a group not there yet, a slow broker) is logged once per kind of failure and retried at
 * the next tick.
 */
public final class LagPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LagPoller.class);
    static final int HISTORY_MINUTES = 10;

    /** One measurement of every group. */
    public record Sample(long atMillis, List<LagReport> reports) {
    }

    private final LagReader reader;
    private final List<String> groups;
    private final Duration interval;
    private final OpsMetrics metrics;
    private final int historySize;
    private final Deque<Sample> history = new ArrayDeque<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "crosscheck-lag-poller");
        t.setDaemon(true);
        return t;
    });
    private volatile String lastFailure;

    public LagPoller(Map<String, Object> clientConfig, List<String> groups, Duration interval, OpsMetrics metrics) {
        this.reader = new LagReader(clientConfig);
        this.groups = List.copyOf(groups);
        this.interval = interval;
        this.metrics = metrics;
        this.historySize = (int) Math.max(2, Duration.ofMinutes(HISTORY_MINUTES).toMillis() / interval.toMillis());
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Duration interval() {
        return interval;
    }

    public List<String> groups() {
        return groups;
    }

    /** The measurements kept, oldest first. */
    public List<Sample> history() {
        synchronized (history) {
            return new ArrayList<>(history);
        }
    }

    /** The latest measurement, or null before the first. */
    public Sample latest() {
        synchronized (history) {
            return history.peekLast();
        }
    }

    /** What the last measurement failed with, or null when it worked. */
    public String lastFailure() {
        return lastFailure;
    }

    private void poll() {
        List<LagReport> reports = new ArrayList<>();
        String failure = null;
        for (String group : groups) {
            try {
                reports.add(reader.read(group));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failure = e.getMessage();
            }
        }
        if (failure != null && !failure.equals(lastFailure)) {
            LOG.warn("lag not measured: {}", failure);
        }
        lastFailure = failure;
        metrics.lag(reports);
        synchronized (history) {
            history.addLast(new Sample(System.currentTimeMillis(), reports));
            while (history.size() > historySize) {
                history.removeFirst();
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reader.close();
    }
}
