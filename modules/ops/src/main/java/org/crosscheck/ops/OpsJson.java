package org.crosscheck.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.crosscheck.schema.JsonRecords;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON the HTTP API answers with. Alerts are in the contract form ({@link JsonRecords}), wrapped. */
public final class OpsJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private OpsJson() {}

    /** {@code {"received_at": ..., "article_urls": {id: url|null}, "alert": <contract JSON>}} */
    static ObjectNode alert(RecentAlerts.Entry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("received_at", entry.receivedAt().toString());
        ObjectNode urls = node.putObject("article_urls");
        entry.articleUrls().forEach(urls::put);
        try {
            node.set("alert", MAPPER.readTree(JsonRecords.toJson(entry.alert())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return node;
    }

    static ArrayNode alerts(List<RecentAlerts.Entry> entries) {
        ArrayNode array = MAPPER.createArrayNode();
        entries.forEach(e -> array.add(alert(e)));
        return array;
    }

    /** One lag report as JSON: group, at, total_lag, max_lag_seconds, partitions[]. */
    public static ObjectNode report(LagReport report) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("group", report.group());
        node.put("at", report.at().toString());
        node.put("total_lag", report.totalLag());
        node.put("max_lag_seconds", report.maxLagSeconds());
        ArrayNode parts = node.putArray("partitions");
        for (PartitionLag p : report.partitions()) {
            ObjectNode row = parts.addObject();
            row.put("topic", p.topic());
            row.put("partition", p.partition());
            if (p.committed() == null) {
                row.putNull("committed");
            } else {
                row.put("committed", p.committed());
            }
            row.put("end", p.end());
            row.put("lag", p.lag());
            if (p.lagSeconds() == null) {
                row.putNull("lag_seconds");
            } else {
                row.put("lag_seconds", p.lagSeconds());
            }
        }
        return node;
    }

    /**
     * The latest reports and the history as series, one per group, topic and partition:
     * {@code {"interval_ms", "groups", "error", "reports": [...], "series": [{"group","topic","partition",
     * "points": [[epoch ms, lag records, lag seconds|null], ...]}]}}.
     */
    static ObjectNode lag(LagPoller poller) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("interval_ms", poller.interval().toMillis());
        ArrayNode groups = node.putArray("groups");
        poller.groups().forEach(groups::add);
        if (poller.lastFailure() == null) {
            node.putNull("error");
        } else {
            node.put("error", poller.lastFailure());
        }
        ArrayNode reports = node.putArray("reports");
        LagPoller.Sample latest = poller.latest();
        if (latest != null) {
            latest.reports().forEach(r -> reports.add(report(r)));
        }
        Map<String, ObjectNode> byKey = new java.util.TreeMap<>();
        for (LagPoller.Sample sample : poller.history()) {
            for (LagReport r : sample.reports()) {
                for (PartitionLag p : r.partitions()) {
                    String key = r.group() + "\u0000" + p.topic() + "\u0000" + String.format("%05d", p.partition());
                    ObjectNode s = byKey.computeIfAbsent(key, k -> {
                        ObjectNode n = MAPPER.createObjectNode();
                        n.put("group", r.group());
                        n.put("topic", p.topic());
                        n.put("partition", p.partition());
                        n.putArray("points");
                        return n;
                    });
                    ArrayNode pt = ((ArrayNode) s.get("points")).addArray();
                    pt.add(sample.atMillis());
                    pt.add(p.lag());
                    if (p.lagSeconds() == null) {
                        pt.addNull();
                    } else {
                        pt.add(p.lagSeconds());
                    }
                }
            }
        }
        ArrayNode series = node.putArray("series");
        byKey.values().forEach(series::add);
        return node;
    }

    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
