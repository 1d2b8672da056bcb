package org.crosscheck.extract;

import java.util.List;

import org.crosscheck.extract.lexicon.PhraseIndex;
import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.WordSet;

/**
 * Kinds of site a story names once and then calls by its kind alone: "al-Hol camp ... the camp", "the
 * Tabqa air base ... the base", "Mount Sinjar ... the mountain", "the enclave of Eastern Ghouta ... the
 * enclave". What is told of "the camp" happened at the camp named last, even after the story has moved
 * on to where its people came from.
 */
enum Site {
    CAMP(List.of("camp"), List.of("camp")),
    BASE(List.of("base", "airbase", "airport", "airfield"), List.of()),
    MOUNTAIN(List.of("mountain", "mountains"), List.of("mount", "mt", "jabal", "jebel")),
    /** "the rebel enclave of Eastern Ghouta ... inside the enclave", "the Afrin enclave", "the Tal Rifaat pocket". */
    ENCLAVE(List.of("enclave", "pocket"), List.of("enclave", "pocket"));

    /** Words for the site that stand after its name ("al-Hol camp") and after "the" when it is referred to. */
    private final WordSet nouns;
    /** Words for the site that stand before its name ("Mount Sinjar", "the camp at Ain Issa"). */
    private final WordSet titles;
    /** The words of both, for {@link #ANY_SITE_WORD}. */
    private final List<String> words;

    Site(List<String> nouns, List<String> titles) {
        this.nouns = WordSet.of(nouns.toArray(String[]::new));
        this.titles = WordSet.of(titles.toArray(String[]::new));
        this.words = java.util.stream.Stream.concat(nouns.stream(), titles.stream()).toList();
    }

    /** Whether the place at {@code p} is named as a site of this kind: "al-Hol camp", "the camp at Ain Issa", "Mount Sinjar". */
    boolean namedAt(List<Token> t, PhraseIndex.Match<Place> p) {
        // "the Tabqa air base", "the Makhmour refugee camp"
        int after = p.to() < t.size() && (t.get(p.to()).is("air") || KINDS_OF_CAMP.contains(t.get(p.to()))) ? p.to() + 1 : p.to();
        if (nouns.contains(t.get(p.to() - 1)) || after < t.size() && nouns.contains(t.get(after))) {
            return true;
        }
        int k = p.from() - 1;
        if (k >= 1 && (t.get(k).is("at") || t.get(k).is("of"))) {
            k--; // "the camp at Ain Issa"
        }
        return k >= 0 && titles.contains(t.get(k));
    }

    /** Whether the sentence refers to a site of this kind by its kind alone: "in the camp", "the base's runway"; not "the camp at Washokani". */
    boolean referredToIn(List<Token> t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (!t.get(k).is("the")) {
                continue;
            }
            int noun = t.get(k + 1).is("air") ? k + 2 : k + 1; // "the air base"
            if (noun < t.size() && nouns.contains(t.get(noun)) && (noun + 1 >= t.size() || !t.get(noun + 1).is("at") && !t.get(noun + 1).is("of"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence tells of another site of this kind without naming it: "a strike hit a makeshift
     * camp near the border". "The camp" after it is that one, not the camp named before.
     */
    boolean introducedUnnamedIn(List<Token> t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (!(t.get(k).is("a") || t.get(k).is("an") || t.get(k).is("another"))) {
                continue;
            }
            for (int j = k + 1; j < Math.min(t.size(), k + 3) && t.get(j).isWord(); j++) {
                if (nouns.contains(t.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that say whose camp it is, between the camp's name and "camp". */
    private static final WordSet KINDS_OF_CAMP = WordSet.of("refugee", "refugees", "displacement", "idp", "displaced");

    static final List<Site> ALL = List.of(values());

    /**
     * Every word that may name a site, so that most places are passed over with one look at their neighbours:
     * the sites' own words, and those {@link #namedAt} steps over ("the Tabqa air base", "the camp at Ain Issa").
     */
    private static final WordSet ANY_SITE_WORD = WordSet.of(java.util.stream.Stream.concat(
            ALL.stream().flatMap(site -> site.words.stream()), java.util.stream.Stream.of("air", "at", "of", "refugee", "refugees",
                    "displacement", "idp", "displaced")).distinct().toArray(String[]::new));

    /** Whether a site of any kind may be named at {@code p}: a site word beside it or ending it. */
    static boolean mayBeNamedAt(List<Token> t, PhraseIndex.Match<Place> p) {
        return ANY_SITE_WORD.contains(t.get(p.to() - 1)) || p.to() < t.size() && ANY_SITE_WORD.contains(t.get(p.to()))
                || p.from() >= 1 && ANY_SITE_WORD.contains(t.get(p.from() - 1));
    }
}
