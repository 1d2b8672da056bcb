package org.crosscheck.extract.eval;

import java.util.List;

import org.crosscheck.avro.Article;

/** One passage of the corpus, as an article, with the claims a careful reader finds in it. */
public record GoldItem(int line, String note, Article article, List<GoldClaim> claims) {
}
