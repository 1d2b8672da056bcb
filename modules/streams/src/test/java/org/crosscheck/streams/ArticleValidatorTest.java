package org.crosscheck.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.crosscheck.avro.Article;
import org.junit.jupiter.api.Test;

/** What a decoded article must be before extraction; each refusal names its reason code first. */
class ArticleValidatorTest {

    private static Article.Builder valid() {
        return Article.newBuilder().setId("a-1").setUrl(null).setOutlet("Levant Wire")
                .setPublishedAt(Instant.parse("2017-06-16T09:00:00Z")).setTitle("Strike").setBody("Text.").setLanguage("en");
    }

    private static void refused(Article article, ArticleValidator.Reason reason) {
        assertThatThrownBy(() -> ArticleValidator.check(article)).isInstanceOfSatisfying(InvalidArticleException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).startsWith(reason.code() + ": ");
            assertThat(InvalidArticleException.reasonCode(e.getMessage())).isEqualTo(reason.code());
        });
    }

    @Test
    void aNormalArticlePasses() {
        assertThatCode(() -> ArticleValidator.check(valid().build())).doesNotThrowAnyException();
    }

    @Test
    void blankIdMissingDateEmptyBodyAndTooLargeAreRefused() {
        refused(valid().setId(" \t").build(), ArticleValidator.Reason.BLANK_ID);
        refused(valid().setPublishedAt(Instant.EPOCH).build(), ArticleValidator.Reason.MISSING_DATE);
        refused(valid().setPublishedAt(Instant.parse("1969-12-31T00:00:00Z")).build(), ArticleValidator.Reason.MISSING_DATE);
        refused(valid().setBody("").build(), ArticleValidator.Reason.EMPTY_BODY);
        refused(valid().setBody(" \n ").build(), ArticleValidator.Reason.EMPTY_BODY);
        refused(valid().setBody("x".repeat(ArticleValidator.MAX_ARTICLE_BYTES)).build(), ArticleValidator.Reason.TOO_LARGE);
    }

    @Test
    void theSizeIsInUtf8Bytes() {
        // 400,000 chars of 3 bytes each: 1.2 MB, though fewer chars than the limit
        refused(valid().setBody("\u20ac".repeat(400_000)).build(), ArticleValidator.Reason.TOO_LARGE);
        assertThatCode(() -> ArticleValidator.check(valid().setBody("x".repeat(ArticleValidator.MAX_ARTICLE_BYTES - 100)).build()))
                .doesNotThrowAnyException();
    }

    @Test
    void aMessageWithoutAKnownCodeHasNone() {
        assertThat(InvalidArticleException.reasonCode("boom")).isNull();
        assertThat(InvalidArticleException.reasonCode("other: thing")).isNull();
        assertThat(InvalidArticleException.reasonCode(null)).isNull();
    }
}
