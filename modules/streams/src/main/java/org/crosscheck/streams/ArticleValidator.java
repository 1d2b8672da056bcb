package org.crosscheck.streams;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.crosscheck.avro.Article;

/**
 * The checks a decoded article must pass before extraction, for what the schema cannot say: its id,
 * date and body are required fields, so "missing" arrives as a blank string or the epoch. An article
 * that fails is not processed but dead-lettered with the reason (see {@link InvalidArticleException}).
 *
 * <p>Missing, precisely: a blank id (it is the record key and the prefix of every claim id, so an empty
 * one would merge unrelated articles); a {@code published_at} at or before 1970-01-01T00:00:00Z (what a
 * producer that had no date leaves in a required timestamp; relative dates in the text resolve against
 * it); a blank body. Too large: id, url, outlet, title and body together over
 * {@value #MAX_ARTICLE_BYTES} bytes of UTF-8, the limit {@code ingest} applies to a JSON line and the
 * broker's default message size.
 */
public final class ArticleValidator {

    /** 1 MiB. */
    public static final int MAX_ARTICLE_BYTES = 1024 * 1024;

    /** Why an article is refused; {@link #code()} is what metrics and dead-letter messages carry. */
    public enum Reason {
        BLANK_ID, MISSING_DATE, EMPTY_BODY, TOO_LARGE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ArticleValidator() {}

    /** @throws InvalidArticleException with the reason when the article cannot be processed */
    public static void check(Article article) {
        String id = article.getId() == null ? "" : article.getId();
        if (id.isBlank()) {
            throw new InvalidArticleException(Reason.BLANK_ID, "article id is blank (outlet '" + article.getOutlet() + "')");
        }
        if (article.getPublishedAt() == null || article.getPublishedAt().toEpochMilli() <= 0) {
            throw new InvalidArticleException(Reason.MISSING_DATE,
                    "article '" + id + "' has no publication date (published_at " + article.getPublishedAt() + ")");
        }
        if (article.getBody() == null || article.getBody().isBlank()) {
            throw new InvalidArticleException(Reason.EMPTY_BODY, "article '" + id + "' has an empty body");
        }
        long size = utf8Size(id, article.getUrl(), article.getOutlet(), article.getTitle(), article.getBody());
        if (size > MAX_ARTICLE_BYTES) {
            throw new InvalidArticleException(Reason.TOO_LARGE, "article '" + id + "' is " + size
                    + " bytes, over the " + MAX_ARTICLE_BYTES + "-byte limit");
        }
    }

    /** Exact only when it matters: text of fewer chars than a third of the limit cannot exceed it. */
    private static long utf8Size(CharSequence... parts) {
        long chars = 0;
        for (CharSequence p : parts) {
            chars += p == null ? 0 : p.length();
        }
        if (chars * 3 <= MAX_ARTICLE_BYTES) {
            return chars;
        }
        long bytes = 0;
        for (CharSequence p : parts) {
            bytes += p == null ? 0 : p.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }
}
