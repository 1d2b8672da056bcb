package org.crosscheck.extract.text;

import java.util.List;

/**
 * A fixed set of lower-case words that also marks its words with a bit of their own in the word
 * table (see {@link WordMasks}), so that a scan for them reads the mask array of a sentence and
 * skips every other token without looking it up. For the word lists in code that the extractor
 * scans whole sentences for ("published", "yesterday"); {@link WordSet} serves the ones it only
 * tests at known places.
 */
public final class MarkedWords {

    private final WordSet words;
    private final int bit;
    /** The word table's version once the words were marked: tokens made since carry the bit. */
    private final int version;

    private MarkedWords(String... lowerWords) {
        this.words = WordSet.of(lowerWords);
        this.bit = WordMasks.newBit();
        for (String w : lowerWords) {
            WordMasks.mark(w, bit);
        }
        this.version = WordMasks.version();
    }

    public static MarkedWords of(String... lowerWords) {
        return new MarkedWords(lowerWords);
    }

    public boolean contains(Token t) {
        return words.contains(t);
    }

    public int bit() {
        return bit;
    }

    /**
     * The first index in [from, to) whose token may be one of the words or has one of
     * {@code otherBits}, or {@code to}. For tokens made before the words were marked, which lack
     * the bit, every index is a candidate: the caller tests each token as it would without the bit.
     */
    public int nextCandidate(List<Token> tokens, int otherBits, int from, int to) {
        if (!TokenList.madeSince(tokens, version)) {
            return from;
        }
        return TokenList.nextMayStart(tokens, bit | otherBits, from, to);
    }
}
