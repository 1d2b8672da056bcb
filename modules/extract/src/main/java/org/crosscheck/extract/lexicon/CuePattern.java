package org.crosscheck.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.WordSet;

/**
 * A cue phrase over lower-cased tokens: each element is a set of alternative words ("a|b"), a
 * wildcard ("*") or a bounded skip ("*0-3"). The only branching is over the skips' bounds, so the
 * work per start position is at most the product of the (small) skip widths written in the data file.
 */
public final class CuePattern {

    private sealed interface Element permits Words, Skip {
    }

    /** Alternatives as written, and as a set a token tests itself against without making its lower-case String. */
    private record Words(Set<String> alternatives, WordSet set) implements Element {

        Words(Set<String> alternatives) {
            this(alternatives, WordSet.of(alternatives.toArray(new String[0])));
        }

        boolean matches(Token t) {
            return set.contains(t);
        }
    }

    private record Skip(int min, int max) implements Element {
    }

    public record Match(int from, int to) {
    }

    private final String source;
    private final List<Element> elements;

    private CuePattern(String source, List<Element> elements) {
        this.source = source;
        this.elements = elements;
    }

    public static CuePattern parse(String pattern) {
        List<Element> elements = new ArrayList<>();
        for (String part : pattern.trim().split("\\s+")) {
            if (part.equals("*")) {
                elements.add(new Skip(1, 1));
            } else if (part.startsWith("*")) {
                String[] bounds = part.substring(1).split("-");
                if (bounds.length != 2) {
                    throw new IllegalArgumentException("bad skip '" + part + "' in cue pattern: " + pattern);
                }
                int min = Integer.parseInt(bounds[0]);
                int max = Integer.parseInt(bounds[1]);
                if (min < 0 || max < min || max > 6) {
                    throw new IllegalArgumentException("skip must be within 0..6 in cue pattern: " + pattern);
                }
                elements.add(new Skip(min, max));
            } else {
                elements.add(new Words(Set.copyOf(java.util.Arrays.asList(part.toLowerCase(java.util.Locale.ROOT).split("\\|")))));
            }
        }
        if (elements.isEmpty() || !(elements.get(0) instanceof Words)) {
            throw new IllegalArgumentException("cue pattern must start with a word: " + pattern);
        }
        return new CuePattern(pattern, List.copyOf(elements));
    }

    /** The words a match can start with. */
    public Set<String> firstWords() {
        return ((Words) elements.get(0)).alternatives();
    }

    /** The words that can stand second in a match, or null when any can (a one-word pattern, or a skip second). */
    Set<String> secondWords() {
        return elements.size() > 1 && elements.get(1) instanceof Words w ? w.alternatives() : null;
    }

    /** The end of a match that starts at {@code i} and ends at or before {@code to}, or -1. */
    public int matchAt(List<Token> tokens, int i, int to) {
        return ((Words) elements.get(0)).matches(tokens.get(i)) ? matchAfterFirst(tokens, i, to) : -1;
    }

    /** As {@link #matchAt}, for a caller that found the pattern by the token at {@code i}: one of its first words. */
    int matchAfterFirst(List<Token> tokens, int i, int to) {
        return matchFrom(tokens, i + 1, 1, to);
    }

    /** The first match starting at or after {@code from} and ending at or before {@code to}. */
    public Match find(List<Token> tokens, int from, int to) {
        Words first = (Words) elements.get(0);
        for (int i = from; i < to; i++) {
            if (first.matches(tokens.get(i))) {
                int end = matchFrom(tokens, i + 1, 1, to);
                if (end >= 0) {
                    return new Match(i, end);
                }
            }
        }
        return null;
    }

    private int matchFrom(List<Token> tokens, int pos, int element, int to) {
        if (element == elements.size()) {
            return pos;
        }
        Element e = elements.get(element);
        if (e instanceof Words w) {
            // 'strike only "terrorist" targets': quotation marks inside the phrase do not break it
            while (pos < to && tokens.get(pos).kind() == Token.Kind.QUOTE) {
                pos++;
            }
            return pos < to && w.matches(tokens.get(pos)) ? matchFrom(tokens, pos + 1, element + 1, to) : -1;
        }
        Skip s = (Skip) e;
        for (int k = s.min(); k <= s.max() && pos + k <= to; k++) {
            int end = matchFrom(tokens, pos + k, element + 1, to);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return source;
    }
}
