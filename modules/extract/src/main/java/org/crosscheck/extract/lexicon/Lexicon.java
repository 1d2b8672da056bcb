package org.crosscheck.extract.lexicon;

import java.util.HashSet;
import java.util.Set;

import org.crosscheck.avro.Category;
import org.crosscheck.avro.Outcome;
import org.crosscheck.extract.text.WordSet;

/** Every word list the extractor reads, loaded once from the data files under /crosscheck/lexicon. */
public final class Lexicon {

    private static final String DIR = "/crosscheck/lexicon/";
    private static volatile Lexicon standard;

    public final PhraseIndex<Category> victims = new PhraseIndex<>();
    public final PhraseIndex<Outcome> outcomes = new PhraseIndex<>();
    public final PhraseIndex<Boolean> speechVerbs = new PhraseIndex<>();
    public final PhraseIndex<Boolean> attackWords = new PhraseIndex<>();
    public final PhraseIndex<String> perpetrators = new PhraseIndex<>();
    /** "statement", "briefing", "speaking": the occasion of a statement, whose place is the speaker's. */
    public final PhraseIndex<Boolean> speakerSettings = new PhraseIndex<>();
    /** Words that end the search for a figure's victims ("wounded 23 over the past day"). */
    public final WordSet figureStops;
    /** "council", "directorate": a place before them, their subject of a speech verb, is the speaker's seat. */
    public final WordSet speakerBodies;
    /** Words that make a nearby outcome a fear or an attempt ("could be displaced", "trying to flee"). */
    public final PhraseIndex<Boolean> hypothetical = new PhraseIndex<>();
    public final Set<String> abbreviations;
    /** The words a figure is made of: number words ("twelve") and the words of vague quantities ("dozens", "scores"). */
    public final WordSet figureWords;
    public final Cues cues;
    /** "civilian", "soldier": words naming one person, after which "a" or "an" may count one. */
    public final WordSet oneVictims;

    private Lexicon() {
        Resources.rows(DIR + "victims.tsv", 2).forEach(r -> victims.add(r[0], Category.valueOf(r[1])));
        Resources.rows(DIR + "outcomes.tsv", 2).forEach(r -> outcomes.add(r[0], Outcome.valueOf(r[1])));
        Resources.words(DIR + "speech-verbs.txt").forEach(w -> speechVerbs.add(w, Boolean.TRUE));
        Resources.words(DIR + "attack-words.txt").forEach(w -> attackWords.add(w, Boolean.TRUE));
        Resources.words(DIR + "speaker-settings.txt").forEach(w -> speakerSettings.add(w, Boolean.TRUE));
        Resources.rows("/crosscheck/perpetrators.tsv", 2).forEach(r -> perpetrators.add(r[0], r[1]));
        figureStops = WordSet.of(Resources.words(DIR + "figure-stops.txt").toArray(String[]::new));
        speakerBodies = WordSet.of(Resources.words(DIR + "speaker-bodies.txt").toArray(String[]::new));
        Resources.words(DIR + "hypothetical.txt").forEach(w -> hypothetical.add(w, Boolean.TRUE));
        Set<String> figure = new HashSet<>();
        Resources.rows(DIR + "numbers.tsv", 3).forEach(r -> figure.add(r[0]));
        // "dozens of", "tens of thousands": their words, less the small ones that say no figure alone
        Resources.rows(DIR + "quantities.tsv", 4).forEach(r -> figure.addAll(java.util.Arrays.asList(r[0].split(" "))));
        figure.removeAll(Set.of("a", "of", "no", "none", "one", "half"));
        figureWords = WordSet.of(figure.toArray(String[]::new));
        abbreviations = Set.copyOf(new HashSet<>(Resources.words(DIR + "abbreviations.txt")));
        cues = Cues.standard();
        oneVictims = WordSet.of(Resources.words(DIR + "one-victim.txt").toArray(String[]::new));
    }

    public static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (standard == null) {
                    standard = new Lexicon();
                }
                l = standard;
            }
        }
        return l;
    }
}
