package org.crosscheck.extract.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.crosscheck.avro.Article;

/**
 * Reads the labelled corpus: one JSON object a line, {id, outlet, published_at, title, body, note,
 * claims:[...]}. A line that cannot be read is reported with its number and skipped.
 */
public final class GoldCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldCorpus() {
    }

    /** Where a line that cannot be read is reported, with its number. */
    @FunctionalInterface
    public interface BadLine {
        void report(int line, String reason);
    }

    public static List<GoldItem> read(Reader in, BadLine errors) {
        List<GoldItem> items = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    items.add(item(n, JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    errors.report(n, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static GoldItem item(int line, JsonNode n) {
        String published = required(n, "published_at");
        Instant at = published.length() == 10 ? LocalDate.parse(published).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(published);
        Article article = Article.newBuilder()
                .setId(required(n, "id"))
                .setOutlet(required(n, "outlet"))
                .setPublishedAt(at)
                .setTitle(text(n, "title"))
                .setBody(text(n, "body"))
                .build();
        List<GoldClaim> claims = new ArrayList<>();
        int index = 0;
        for (JsonNode c : n.path("claims")) {
            JsonNode count = c.path("count");
            checkCount(count, index++);
            JsonNode period = c.path("period");
            claims.add(new GoldClaim(required(c, "claimant"), optional(c, "speaker"), required(c, "polarity"),
                    count.path("low").asLong(), count.path("high").isNumber() ? count.path("high").asLong() : null,
                    count.path("qualifier").asText(), required(c, "category"), required(c, "outcome"), optional(c, "location"),
                    period.isObject() ? optional(period, "start") : null, period.isObject() ? optional(period, "end") : null,
                    optional(c, "trend"), optional(c, "perpetrator"), c.path("subset_of").isInt() ? c.path("subset_of").asInt() : null));
        }
        return new GoldItem(line, optional(n, "note"), article, claims);
    }

    /**
     * The corpus rules' counts: EXACT and APPROX n..n, RANGE a..b with b above a, AT_MOST 1..n (or 0..n), AT_LEAST and
     * NONE n..null. A count written otherwise ("EXACT 4..null") would be scored against every prediction as wrong, so
     * the line is refused with the claim and the reason.
     */
    private static void checkCount(JsonNode count, int index) {
        String qualifier = count.path("qualifier").asText();
        long low = count.path("low").asLong();
        Long high = count.path("high").isNumber() ? count.path("high").asLong() : null;
        boolean fits = switch (qualifier) {
            case "EXACT", "APPROX" -> high != null && high == low;
            case "RANGE" -> high != null && high > low;
            case "AT_MOST" -> high != null && high >= low;
            case "AT_LEAST", "NONE" -> high == null;
            default -> false;
        };
        if (!fits) {
            throw new IllegalArgumentException("claims[" + index + "].count: " + qualifier + " " + low + ".." + high
                    + " does not fit the corpus rules (EXACT and APPROX n..n, RANGE a..b, AT_MOST 1..n, AT_LEAST and NONE n..null)");
        }
    }

    private static String required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(field + ": required field missing");
        }
        return v.asText();
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String text(JsonNode n, String field) {
        String v = optional(n, field);
        return v == null ? "" : v;
    }
}
