package org.crosscheck.streams.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.crosscheck.avro.Article;

/**
 * One scenario of src/test/resources/scenarios: articles published in order (a "withdrawn" entry is a
 * tombstone for an article id), the alerts expected at the end (kind, claimant pair, final status) and
 * the ones that must not be raised. Claimants are canonical ids; an outlet speaking for itself is
 * {@code outlet:<outlet name>}. A status of ACTIVE accepts OPEN or UPDATED.
 */
record Scenario(String file, String name, String description, Map<String, String> settings, String extractorIssue,
        List<Input> articles, List<Expected> expect, List<Forbidden> forbid) {

    /** An article, or the withdrawal (tombstone) of one. */
    record Input(String id, Article article, Instant publishedAt) {
        boolean withdrawn() {
            return article == null;
        }
    }

    record Expected(String kind, List<String> claimants, String status) {
        boolean matchesStatus(String actual) {
            return status.equals(actual) || status.equals("ACTIVE") && (actual.equals("OPEN") || actual.equals("UPDATED"));
        }

        @Override
        public String toString() {
            return kind + " " + String.join("|", claimants) + " " + status;
        }
    }

    /** No alert between these claimants (of this kind, or of any kind when null). */
    record Forbidden(String kind, List<String> claimants) {
        @Override
        public String toString() {
            return (kind == null ? "any" : kind) + " " + String.join("|", claimants);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Scenario> all() {
        URL folder = Scenario.class.getClassLoader().getResource("scenarios");
        if (folder == null) {
            throw new IllegalStateException("no scenarios folder on the test classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<Scenario> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(read(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario read(Path file) throws IOException {
        JsonNode n = JSON.readTree(file.toFile());
        Map<String, String> settings = new TreeMap<>();
        n.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
        List<Input> inputs = new ArrayList<>();
        for (JsonNode a : n.get("articles")) {
            Instant at = Instant.parse(a.get("published_at").asText());
            if (a.path("withdrawn").asBoolean(false)) {
                inputs.add(new Input(a.get("id").asText(), null, at));
            } else {
                Article article = Article.newBuilder()
                        .setId(a.get("id").asText())
                        .setUrl(null)
                        .setOutlet(a.get("outlet").asText())
                        .setPublishedAt(at)
                        .setTitle(a.path("title").asText(""))
                        .setBody(a.get("body").asText())
                        .setLanguage("en")
                        .build();
                inputs.add(new Input(article.getId(), article, at));
            }
        }
        List<Expected> expect = new ArrayList<>();
        for (JsonNode e : n.path("expect")) {
            expect.add(new Expected(e.get("kind").asText(), claimants(e), e.get("status").asText()));
        }
        List<Forbidden> forbid = new ArrayList<>();
        for (JsonNode e : n.path("forbid")) {
            forbid.add(new Forbidden(e.hasNonNull("kind") ? e.get("kind").asText() : null, claimants(e)));
        }
        return new Scenario(file.getFileName().toString(), n.get("name").asText(), n.path("description").asText(),
                settings, n.hasNonNull("extractor_issue") ? n.get("extractor_issue").asText() : null,
                inputs, expect, forbid);
    }

    private static List<String> claimants(JsonNode e) {
        List<String> out = new ArrayList<>();
        e.get("claimants").forEach(c -> out.add(c.asText()));
        out.sort(null);
        return List.copyOf(out);
    }
}
