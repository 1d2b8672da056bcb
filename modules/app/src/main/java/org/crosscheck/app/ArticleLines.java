package org.crosscheck.app;

import org.crosscheck.avro.Article;

/** The one way commands read articles: JSON lines, the 1 MiB size limit, and the checks the schema cannot make. */
final class ArticleLines {

    private ArticleLines() {}

    static JsonLinesReader<Article> reader() {
        return new JsonLinesReader<>(Article.class, JsonLinesReader.MAX_LINE_BYTES, ArticleLines::problem);
    }

    /**
     * The article id is the record key and the prefix of every claim id; an empty one would merge
     * unrelated articles, so it is refused here although the schema allows it.
     */
    private static String problem(Article article) {
        if (article.getId().isBlank()) {
            return "id: must not be blank";
        }
        return null;
    }
}
