package org.crosscheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.extract.eval.GoldCorpus;
import org.crosscheck.schema.JsonRecords;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Articles per second through {@link ClaimExtractor} on one thread (so the score is per core).
 * The input is the demo's sample articles, each padded to about 3.5 KB with its own paragraphs
 * repeated, the size the pipeline's throughput target is stated for.
 *
 * <p>Ten warm-up iterations: the extractor is thousands of small rule methods, and on two cores the
 * JIT is still compiling them through the first six to eight two-second iterations (throughput rose from
 * about 900 to 4,500 over them in the twentieth round's run), so fewer would measure the compiler.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractorBenchmark {

    /** The article size the targets are stated for. */
    public static final int TARGET_CHARS = 3_500;

    private List<Article> articles;
    private List<Article> fullLength;
    private ClaimExtractor extractor;
    private int next;
    private int nextFull;

    @Setup(Level.Trial)
    public void load() {
        extractor = ClaimExtractor.standard();
        articles = sampleArticles();
        fullLength = fullLengthArticles();
    }

    /** The demo's articles padded with their own paragraphs: figures in most paragraphs, the harder case. */
    @Benchmark
    public void extractOneArticle(Blackhole bh) {
        Article a = articles.get(next);
        next = (next + 1) % articles.size();
        List<CasualtyClaim> claims = extractor.extract(a);
        bh.consume(claims);
    }

    /**
     * Articles written whole, as they arrive: headline, figures where the story has them, and
     * background, quotes and context between them (mean 2,920 characters and 11.9 claims; the
     * README scales the score to 3.5 KB articles by characters read).
     */
    @Benchmark
    public void extractOneFullLengthArticle(Blackhole bh) {
        Article a = fullLength.get(nextFull);
        nextFull = (nextFull + 1) % fullLength.size();
        bh.consume(extractor.extract(a));
    }

    /** The labelled held-out sets of full-length articles, without their labels. */
    static final List<String> FULL_LENGTH_SETS = List.of("heldout10.jsonl", "heldout11.jsonl", "heldout12.jsonl");

    /** The articles of {@link #FULL_LENGTH_SETS}. */
    public static List<Article> fullLengthArticles() {
        List<Article> out = new ArrayList<>();
        for (String set : FULL_LENGTH_SETS) {
            try (Reader in = new InputStreamReader(
                    ExtractorBenchmark.class.getResourceAsStream("/crosscheck/bench/" + set), StandardCharsets.UTF_8)) {
                GoldCorpus.read(in, (line, reason) -> {
                    throw new IllegalStateException(set + " line " + line + ": " + reason);
                }).forEach(item -> out.add(item.article()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * The sample articles, each made about {@link #TARGET_CHARS} characters long (title and body) from
     * its own paragraphs, repeated in order: whole paragraphs only, as many as bring it nearest the
     * target, so the articles average the size the target is stated for and no sentence is cut in half.
     */
    public static List<Article> sampleArticles() {
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ExtractorBenchmark.class.getResourceAsStream("/crosscheck/bench/articles.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Article a = JsonRecords.fromJson(line, Article.class);
                a.setBody(padded(a.getBody(), TARGET_CHARS - a.getTitle().length()));
                out.add(a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@code body}'s paragraphs, cycled, stopping where the length is nearest {@code target}. */
    static String padded(String body, int target) {
        String[] paragraphs = body.strip().split("\\n\\s*\\n");
        StringBuilder out = new StringBuilder(paragraphs[0]);
        for (int k = 1; ; k++) {
            String next = paragraphs[k % paragraphs.length];
            int longer = out.length() + 2 + next.length();
            if (longer - target > target - out.length()) {
                return out.toString();
            }
            out.append("\n\n").append(next);
        }
    }
}
