package org.crosscheck.streams;

import java.time.Instant;

import org.crosscheck.avro.Article;

/** Small articles written for these tests, in the style of conflict reporting. */
final class Articles {

    /** SOHR's figure for a Raqqa strike (article A of the two-claimant case). */
    static final Article SOHR_RAQQA = article("levant-wire-2017-06-16-raqqa", "Levant Wire", "2017-06-16T09:00:00Z",
            "Coalition strikes hit Raqqa",
            "The Syrian Observatory for Human Rights said coalition airstrikes killed 24 civilians in Raqqa on Thursday.");

    /** The coalition's figure for the same strike (article B). */
    static final Article COALITION_RAQQA = article("gulf-ledger-2017-06-17-raqqa", "Gulf Ledger", "2017-06-17T08:30:00Z",
            "Coalition reviews Raqqa strike",
            "The US-led coalition said its strikes in Raqqa on Thursday killed 3 civilians.");

    /** One claim in Deir ez-Zor governorate, one in Raqqa governorate. */
    static final Article MAYADIN_AND_RAQQA = article("east-desk-2017-08-20", "East Desk", "2017-08-20T10:00:00Z",
            "Air raids strike eastern Syria",
            "Local activists said an air raid killed 5 civilians in Mayadin on Saturday.\n\n"
                    + "In Raqqa, residents said 9 civilians were killed when a shell hit a market on Friday.");

    /** A country-wide denial: no one region. */
    static final Article RUSSIAN_DENIAL = article("north-post-2017-09-02", "North Post", "2017-09-02T07:00:00Z",
            "Moscow rejects reports of civilian deaths in Syria",
            "Russia's defence ministry said its jets only target terrorists.");

    private Articles() {}

    static Article article(String id, String outlet, String publishedAt, String title, String body) {
        return Article.newBuilder()
                .setId(id)
                .setUrl(null)
                .setOutlet(outlet)
                .setPublishedAt(Instant.parse(publishedAt))
                .setTitle(title)
                .setBody(body)
                .setLanguage("en")
                .build();
    }
}
