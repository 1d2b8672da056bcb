package org.crosscheck.extract.lexicon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.TokenList;
import org.crosscheck.extract.text.WordMap;
import org.crosscheck.extract.text.WordMasks;
import org.crosscheck.extract.text.WordSet;

/** The cue phrases of {@code cues.tsv}, grouped by what they signal. */
public final class Cues {

    public enum Kind { DENIAL, TREND_RISING, TREND_FALLING, DISPUTE }

    public record Found(Kind kind, int from, int to) {
    }

    /**
     * The patterns of one kind by the words they can start with, and the kind's own mask bit: a
     * token starting no pattern of the kind is skipped by its mask alone, the others cost one lookup.
     */
    private record Index(WordMap<Starts> byFirstWord, int bit) {
    }

    /**
     * The patterns that start with one word, and the words any of them can go on with: most tokens
     * that start a pattern ("civilian", "no", "denied") are followed by none of these, and are passed
     * over without trying each pattern.
     */
    private static final class Starts {
        final List<CuePattern> patterns = new ArrayList<>();
        private final Set<String> seconds = new HashSet<>();
        private boolean anySecond;
        /** Made once every pattern is in (see {@link #seal}); null when some pattern goes on with any word. */
        private WordSet secondSet;

        void add(CuePattern p) {
            patterns.add(p);
            Set<String> words = p.secondWords();
            if (words == null) {
                anySecond = true;
            } else {
                seconds.addAll(words);
            }
        }

        void seal() {
            secondSet = anySecond ? null : WordSet.of(seconds.toArray(new String[0]));
        }

        /** Whether some pattern may go on after the token at {@code i}: as a pattern does, past quotation marks. */
        boolean mayGoOn(List<Token> tokens, int i, int to) {
            if (secondSet == null) {
                return true;
            }
            int pos = i + 1;
            while (pos < to && tokens.get(pos).kind() == Token.Kind.QUOTE) {
                pos++;
            }
            return pos < to && secondSet.contains(tokens.get(pos));
        }
    }

    private final Map<Kind, Index> byKind = new EnumMap<>(Kind.class);

    public Cues(List<String[]> rows) {
        for (Kind k : Kind.values()) {
            byKind.put(k, new Index(new WordMap<>(), WordMasks.newBit()));
        }
        List<Starts> all = new ArrayList<>();
        for (String[] r : rows) {
            CuePattern p = CuePattern.parse(r[1]);
            Index index = byKind.get(Kind.valueOf(r[0]));
            for (String first : p.firstWords()) {
                index.byFirstWord().computeIfAbsent(first, w -> {
                    Starts starts = new Starts();
                    all.add(starts);
                    return starts;
                }).add(p);
                WordMasks.mark(first, index.bit());
            }
        }
        all.forEach(Starts::seal);
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
            Starts starts = index.byFirstWord().get(tokens.get(i));
            if (starts == null || !starts.mayGoOn(tokens, i, to)) {
                continue;
            }
            List<CuePattern> candidates = starts.patterns;
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
