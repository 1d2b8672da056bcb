package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.crosscheck.avro.Article;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private static final String GOOD = "{\"id\":\"a%d\",\"outlet\":\"Wire\",\"published_at\":\"2017-08-24T12:00:00Z\","
            + "\"title\":\"t\",\"body\":\"b\"}";

    private final List<String> ids = new ArrayList<>();
    private final List<Long> goodLines = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private JsonLinesReader.Counts read(JsonLinesReader<Article> reader, byte[] input) throws IOException {
        return reader.read(new ByteArrayInputStream(input), (line, article) -> {
            goodLines.add(line);
            ids.add(article.getId());
        }, (line, reason) -> errors.add("line " + line + ": " + reason));
    }

    private JsonLinesReader.Counts read(String input) throws IOException {
        return read(ArticleLines.reader(), input.getBytes(StandardCharsets.UTF_8));
    }

    private static String good(int n) {
        return String.format(GOOD, n);
    }

    @Test
    void readsEveryGoodLineWithItsNumber() throws IOException {
        JsonLinesReader.Counts counts = read(good(1) + "\n" + good(2) + "\n");

        assertThat(ids).containsExactly("a1", "a2");
        assertThat(goodLines).containsExactly(1L, 2L);
        assertThat(counts).isEqualTo(new JsonLinesReader.Counts(2, 0));
        assertThat(errors).isEmpty();
    }

    @Test
    void reportsBadLinesByNumberAndGoesOn() throws IOException {
        String input = String.join("\n",
                good(1),
                "{not json",
                "{\"id\":\"x\",\"outlet\":\"Wire\",\"title\":\"t\",\"body\":\"b\"}", // no published_at
                "[1, 2]",
                "{\"id\":\"  \",\"outlet\":\"Wire\",\"published_at\":0,\"title\":\"t\",\"body\":\"b\"}",
                good(6));

        JsonLinesReader.Counts counts = read(input);

        assertThat(ids).containsExactly("a1", "a6");
        assertThat(goodLines).containsExactly(1L, 6L);
        assertThat(counts).isEqualTo(new JsonLinesReader.Counts(2, 4));
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).startsWith("line 2: not valid JSON");
        assertThat(errors.get(1)).isEqualTo("line 3: published_at: required field missing");
        assertThat(errors.get(2)).isEqualTo("line 4: not a JSON object");
        assertThat(errors.get(3)).isEqualTo("line 5: id: must not be blank");
    }

    @Test
    void skipsBlankLinesButCountsThem() throws IOException {
        read("\n" + good(2) + "\n   \n\n" + good(5) + "\n\n");

        assertThat(goodLines).containsExactly(2L, 5L);
        assertThat(errors).isEmpty();
    }

    @Test
    void toleratesCrLfAndAByteOrderMarkAndAMissingLastNewline() throws IOException {
        read("\uFEFF" + good(1) + "\r\n" + good(2));

        assertThat(ids).containsExactly("a1", "a2");
        assertThat(errors).isEmpty();
    }

    @Test
    void refusesALineOverTheSizeLimitWithItsNumberAndReadsOn() throws IOException {
        String big = good(2).replace("\"body\":\"b\"", "\"body\":\"" + "x".repeat(300) + "\"");
        JsonLinesReader<Article> reader = new JsonLinesReader<>(Article.class, 200, a -> null);

        read(reader, (good(1) + "\n" + big + "\n" + good(3) + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(ids).containsExactly("a1", "a3");
        assertThat(errors).containsExactly("line 2: longer than 200 bytes (the article size limit); refused");
    }

    @Test
    void aLineOfExactlyTheLimitIsAccepted() throws IOException {
        String line = good(1);
        int limit = line.getBytes(StandardCharsets.UTF_8).length;
        JsonLinesReader<Article> reader = new JsonLinesReader<>(Article.class, limit, a -> null);

        read(reader, (line + "\r\n" + line + "x\n").getBytes(StandardCharsets.UTF_8));

        assertThat(goodLines).containsExactly(1L);
        assertThat(errors).containsExactly("line 2: longer than " + limit + " bytes (the article size limit); refused");
    }

    @Test
    void theDefaultLimitIsOneMebibyteAndAHugeLineIsNotHeldInMemory() throws IOException {
        assertThat(JsonLinesReader.MAX_LINE_BYTES).isEqualTo(1024 * 1024);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(("{\"id\":\"big\",\"body\":\"" + "y".repeat(3 * 1024 * 1024) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        input.write((good(2) + "\n").getBytes(StandardCharsets.UTF_8));

        read(ArticleLines.reader(), input.toByteArray());

        assertThat(ids).containsExactly("a2");
        assertThat(errors).containsExactly("line 1: longer than 1048576 bytes (the article size limit); refused");
    }

    @Test
    void namesInvalidUtf8() throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        input.write(good(2).getBytes(StandardCharsets.UTF_8));

        read(ArticleLines.reader(), input.toByteArray());

        assertThat(ids).containsExactly("a2");
        assertThat(errors).containsExactly("line 1: not valid UTF-8");
    }

    @Test
    void readsLinesAcrossBufferBoundaries() throws IOException {
        StringBuilder input = new StringBuilder();
        for (int i = 1; i <= 2000; i++) { // ~200 KB: several 64 KiB read chunks, lines split across them
            input.append(good(i)).append('\n');
        }

        JsonLinesReader.Counts counts = read(input.toString());

        assertThat(counts.good()).isEqualTo(2000);
        assertThat(ids.get(1999)).isEqualTo("a2000");
        assertThat(goodLines.get(1999)).isEqualTo(2000L);
        assertThat(errors).isEmpty();
    }
}
