package org.crosscheck.extract.lexicon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.extract.text.Token;

/** The cue phrases of {@code cues.tsv}, grouped by what they signal. */
public final class Cues {

    public enum Kind { DENIAL, TREND_RISING, TREND_FALLING, DISPUTE }

    public record Found(Kind kind, int from, int to) {
    }

    private final Map<Kind, List<CuePattern>> patterns = new EnumMap<>(Kind.class);

    public Cues(List<String[]> rows) {
        for (Kind k : Kind.values()) {
            patterns.put(k, new ArrayList<>());
        }
        for (String[] r : rows) {
            patterns.get(Kind.valueOf(r[0])).add(CuePattern.parse(r[1]));
        }
    }

    public static Cues standard() {
        return new Cues(Resources.rows("/crosscheck/lexicon/cues.tsv", 2));
    }

    /** The earliest match of any pattern of the kind within [from, to). */
    public Found first(Kind kind, List<Token> tokens, int from, int to) {
        Found best = null;
        for (CuePattern p : patterns.get(kind)) {
            CuePattern.Match m = p.find(tokens, from, to);
            if (m != null && (best == null || m.from() < best.from())) {
                best = new Found(kind, m.from(), m.to());
            }
        }
        return best;
    }
}
