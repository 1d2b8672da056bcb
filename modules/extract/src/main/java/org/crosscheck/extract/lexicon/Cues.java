package org.crosscheck.extract.lexicon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.extract.text.Token;

/** The cue phrases of {@code cues.tsv}, grouped by what they signal. */
public final class Cues {

    public enum Kind { DENIAL, TREND_RISING, TREND_FALLING, DISPUTE }

    public record Found(Kind kind, int from, int to) {
    }

    /** Patterns of each kind by the words they can start with: one hash lookup per token finds the candidates. */
    private final Map<Kind, Map<String, List<CuePattern>>> byFirstWord = new EnumMap<>(Kind.class);
    private final int bit = org.crosscheck.extract.text.WordMasks.newBit();

    public Cues(List<String[]> rows) {
        for (Kind k : Kind.values()) {
            byFirstWord.put(k, new HashMap<>());
        }
        for (String[] r : rows) {
            CuePattern p = CuePattern.parse(r[1]);
            Map<String, List<CuePattern>> index = byFirstWord.get(Kind.valueOf(r[0]));
            for (String first : p.firstWords()) {
                index.computeIfAbsent(first, w -> new ArrayList<>()).add(p);
                org.crosscheck.extract.text.WordMasks.mark(first, bit);
            }
        }
    }

    public static Cues standard() {
        return new Cues(Resources.rows("/crosscheck/lexicon/cues.tsv", 2));
    }

    /** The earliest match of any pattern of the kind within [from, to). */
    public Found first(Kind kind, List<Token> tokens, int from, int to) {
        Map<String, List<CuePattern>> index = byFirstWord.get(kind);
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).mayStart(bit)) {
                continue;
            }
            List<CuePattern> candidates = index.get(tokens.get(i).lower());
            if (candidates == null) {
                continue;
            }
            for (CuePattern p : candidates) {
                int end = p.matchAt(tokens, i, to);
                if (end >= 0) {
                    return new Found(kind, i, end);
                }
            }
        }
        return null;
    }
}
