package org.crosscheck.extract.lexicon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.TokenList;
import org.crosscheck.extract.text.WordMap;
import org.crosscheck.extract.text.WordMasks;

/** The cue phrases of {@code cues.tsv}, grouped by what they signal. */
public final class Cues {

    public enum Kind { DENIAL, TREND_RISING, TREND_FALLING, DISPUTE }

    public record Found(Kind kind, int from, int to) {
    }

    /**
     * The patterns of one kind by the words they can start with, and the kind's own mask bit: a
     * token starting no pattern of the kind is skipped by its mask alone, the others cost one lookup.
     */
    private record Index(WordMap<List<CuePattern>> byFirstWord, int bit) {
    }

    private final Map<Kind, Index> byKind = new EnumMap<>(Kind.class);

    public Cues(List<String[]> rows) {
        for (Kind k : Kind.values()) {
            byKind.put(k, new Index(new WordMap<>(), WordMasks.newBit()));
        }
        for (String[] r : rows) {
            CuePattern p = CuePattern.parse(r[1]);
            Index index = byKind.get(Kind.valueOf(r[0]));
            for (String first : p.firstWords()) {
                index.byFirstWord().computeIfAbsent(first, w -> new ArrayList<>()).add(p);
                WordMasks.mark(first, index.bit());
            }
        }
    }

    public static Cues standard() {
        return new Cues(Resources.rows("/crosscheck/lexicon/cues.tsv", 2));
    }

    /** The mask bit of the kind's first words: a sentence whose tokens lack it holds no pattern of the kind. */
    public int bit(Kind kind) {
        return byKind.get(kind).bit();
    }

    /** The earliest match of any pattern of the kind within [from, to). */
    public Found first(Kind kind, List<Token> tokens, int from, int to) {
        Index index = byKind.get(kind);
        int bit = index.bit();
        for (int i = TokenList.nextMayStart(tokens, bit, from, to); i < to; i = TokenList.nextMayStart(tokens, bit, i + 1, to)) {
            List<CuePattern> candidates = index.byFirstWord().get(tokens.get(i));
            if (candidates == null) {
                continue;
            }
            for (int c = 0; c < candidates.size(); c++) {
                CuePattern p = candidates.get(c);
                int end = p.matchAfterFirst(tokens, i, to); // the index found p by this token: its first word matches
                if (end >= 0) {
                    return new Found(kind, i, end);
                }
            }
        }
        return null;
    }
}
